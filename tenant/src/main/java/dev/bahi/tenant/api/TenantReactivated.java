package dev.bahi.tenant.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/** A suspended shop may work again. */
public record TenantReactivated(String tenantId, Instant reactivatedAt) implements TenantScoped {
}
