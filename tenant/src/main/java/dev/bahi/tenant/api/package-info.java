/** Published language of the tenant context: the commands, events and queries other contexts may use. */
package dev.bahi.tenant.api;
