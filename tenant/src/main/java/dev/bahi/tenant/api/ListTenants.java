package dev.bahi.tenant.api;

/**
 * Asks the platform admin's question "which shops are there?": a page of every shop in id order after
 * {@code cursor}. Deliberately not tenant-scoped; only platform-admin routes may send it.
 */
public record ListTenants(Integer limit, String cursor) {
}
