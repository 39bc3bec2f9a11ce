package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;

/**
 * The shop's UPI request with this transaction reference (the link's {@code tr}), so that a confirmed payment can be
 * matched to what was asked; answers an optional {@link UpiRequestView}.
 */
public record FindUpiRequestByReference(String tenantId, String reference) implements TenantScoped {
}
