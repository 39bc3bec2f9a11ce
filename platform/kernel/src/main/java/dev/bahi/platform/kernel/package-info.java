/** Shared kernel: plain Java value types and rule violations every context speaks. No frameworks. */
package dev.bahi.platform.kernel;
