package dev.bahi.tenant.api;

import java.util.List;

/** A page of shops; {@code nextCursor} is null on the last page. */
public record TenantPage(List<TenantView> items, String nextCursor) {
    public TenantPage {
        items = List.copyOf(items);
    }
}
