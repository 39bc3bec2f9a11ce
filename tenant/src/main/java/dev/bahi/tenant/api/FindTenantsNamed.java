package dev.bahi.tenant.api;

import java.util.List;

/**
 * The shops with exactly this name, oldest first; answers a {@link TenantPage}. For platform-level tools (demo
 * data, operations), never for a shop's own requests, which know their tenant from the token.
 */
public record FindTenantsNamed(String name) {
    public static final int MAX = 20;

    /** The first shop of that name, if any, from an answer to this query. */
    public static java.util.Optional<TenantView> first(TenantPage page) {
        List<TenantView> items = page.items();
        return items.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(items.get(0));
    }
}
