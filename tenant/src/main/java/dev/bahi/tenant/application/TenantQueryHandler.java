package dev.bahi.tenant.application;

import dev.bahi.tenant.api.FindTenant;
import dev.bahi.tenant.api.FindTenantsNamed;
import dev.bahi.tenant.api.ListTenants;
import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantView;
import dev.bahi.tenant.application.port.out.TenantReadModel;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the tenant context's queries from its read model only. */
public class TenantQueryHandler {
    private final TenantReadModel tenants;

    public TenantQueryHandler(TenantReadModel tenants) {
        this.tenants = tenants;
    }

    /** Null when the shop is unknown, which Axon hands to {@code optionalInstanceOf} callers as empty. */
    @QueryHandler
    public TenantView handle(FindTenant query) {
        return tenants.find(query.tenantId()).orElse(null);
    }

    @QueryHandler
    public TenantPage handle(FindTenantsNamed query) {
        return tenants.named(query.name(), FindTenantsNamed.MAX);
    }

    @QueryHandler
    public TenantPage handle(ListTenants query) {
        return tenants.list(query.limit(), query.cursor());
    }
}
