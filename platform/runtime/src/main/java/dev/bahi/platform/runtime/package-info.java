/** Shared technical runtime: Axon on MongoDB, the embedded store, security, errors, observability. */
package dev.bahi.platform.runtime;
