/** Tenant use cases, projections and query handlers, written against the ports in {@code port}. */
package dev.bahi.tenant.application;
