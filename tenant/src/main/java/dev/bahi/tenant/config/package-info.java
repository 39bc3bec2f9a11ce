/** Spring wiring of the tenant context. */
package dev.bahi.tenant.config;
