/** Spring wiring of the payments context. */
package dev.bahi.payments.config;
