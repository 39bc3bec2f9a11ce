package dev.bahi.queryprojections.application;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.FindTenant;
import dev.bahi.tenant.api.TenantView;
import java.time.Clock;
import java.time.LocalDate;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** The shop's business date today, in its own time zone (India's when it has none), asked of the tenant context. */
public final class ShopDays {
    private final QueryGateway queries;
    private final Clock clock;

    public ShopDays(QueryGateway queries, Clock clock) {
        this.queries = queries;
        this.clock = clock;
    }

    /** A valid token proves the shop exists, so a miss can only be the tenant projection's lag: wait for it. */
    public LocalDate today(String tenantId) {
        return today(profile(tenantId));
    }

    /** The shop's profile (its time zone above all). */
    public BusinessProfile profile(String tenantId) {
        return ReadYourWrites.await(() -> queries.query(new FindTenant(tenantId),
                        ResponseTypes.optionalInstanceOf(TenantView.class)).join(), ReadYourWrites.DEFAULT_WAIT)
                .orElseThrow(() -> new NotFound("TENANT_NOT_FOUND", "shop " + tenantId + " not found")).profile();
    }

    /** The business date today of a shop already looked up. */
    public LocalDate today(BusinessProfile shop) {
        return shop.businessDate(clock.instant());
    }
}
