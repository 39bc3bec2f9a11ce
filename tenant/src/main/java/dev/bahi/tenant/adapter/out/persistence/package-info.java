/** MongoDB read models of the tenant context, in database {@code bahi_tenant}. */
package dev.bahi.tenant.adapter.out.persistence;
