package dev.bahi.identity.api;

import dev.bahi.platform.kernel.TenantScoped;

/** Asks for a page of a shop's users, in id order after {@code cursor}. */
public record ListUsers(String tenantId, Integer limit, String cursor) implements TenantScoped {
}
