/** The token check's view of the tenant context: suspended shops lose access at once. */
package dev.bahi.tenant.adapter.in.security;
