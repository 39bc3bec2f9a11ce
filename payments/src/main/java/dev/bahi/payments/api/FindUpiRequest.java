package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;

/** One UPI request of the shop; answers an optional {@link UpiRequestView}. */
public record FindUpiRequest(String tenantId, String upiRequestId) implements TenantScoped {
}
