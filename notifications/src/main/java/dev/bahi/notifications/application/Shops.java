package dev.bahi.notifications.application;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.FindTenant;
import dev.bahi.tenant.api.TenantView;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Shops as the tenant context knows them: their name for messages, their contacts and time zone. */
public final class Shops {
    private final QueryGateway queries;

    public Shops(QueryGateway queries) {
        this.queries = queries;
    }

    /** The shop; a valid token or a stored event proves it exists, so a miss is only lag. */
    public TenantView shop(String tenantId) {
        return find(tenantId).orElseThrow(() -> new NotFound("TENANT_NOT_FOUND", "shop " + tenantId + " not found"));
    }

    public Optional<TenantView> find(String tenantId) {
        return ReadYourWrites.await(() -> queries.query(new FindTenant(tenantId),
                ResponseTypes.optionalInstanceOf(TenantView.class)).join(), ReadYourWrites.DEFAULT_WAIT);
    }

    public BusinessProfile profile(String tenantId) {
        return shop(tenantId).profile();
    }
}
