package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;

/** One payment of the shop; answers an optional {@link PaymentView}. */
public record FindPayment(String tenantId, String paymentId) implements TenantScoped {
}
