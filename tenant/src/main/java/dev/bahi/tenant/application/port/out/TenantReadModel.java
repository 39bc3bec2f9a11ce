package dev.bahi.tenant.application.port.out;

import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantView;
import java.util.Optional;

/** The shops as the read side keeps them; one entry per shop, written whole. */
public interface TenantReadModel {
    Optional<TenantView> find(String tenantId);

    void save(TenantView tenant);

    /** Every shop in a stable order; {@code limit} and {@code cursor} as in every paged list. */
    TenantPage list(Integer limit, String cursor);

    /** Shops with exactly this name, oldest first, at most {@code limit}. */
    TenantPage named(String name, int limit);

    /** Forgets everything, before a replay rebuilds it. */
    void clear();
}
