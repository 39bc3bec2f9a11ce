package dev.bahi.sales.application;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.FindTenant;
import dev.bahi.tenant.api.TenantView;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** The caller's own shop, asked of the tenant context: a valid token proves it exists, so a miss is only lag. */
public final class ShopDirectory {
    private final QueryGateway queries;

    public ShopDirectory(QueryGateway queries) {
        this.queries = queries;
    }

    public TenantView shop(String tenantId) {
        return ReadYourWrites.await(() -> queries.query(new FindTenant(tenantId),
                        ResponseTypes.optionalInstanceOf(TenantView.class)).join(), ReadYourWrites.DEFAULT_WAIT)
                .orElseThrow(() -> new NotFound("TENANT_NOT_FOUND", "shop " + tenantId + " not found"));
    }

    public BusinessProfile profile(String tenantId) {
        return shop(tenantId).profile();
    }

    /** The shop's business date at {@code at}: the day in its time zone (India's when it has none). */
    public static String businessDate(BusinessProfile shop, java.time.Instant at) {
        return shop.businessDate(at).toString();
    }
}
