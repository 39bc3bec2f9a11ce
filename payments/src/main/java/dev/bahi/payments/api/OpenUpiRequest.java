package dev.bahi.payments.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Opens a request to be paid by UPI: {@code amount} paise for sale {@code saleId} or for customer
 * {@code customerId}'s khata (exactly one), payable to the shop's {@code payeeVpa} under {@code payeeName}.
 * {@code reference} (letters and digits) is the link's transaction reference, by which a confirmation is matched.
 */
public record OpenUpiRequest(@TargetAggregateIdentifier String upiRequestId, String tenantId, String reference,
                             long amount, String saleId, String customerId, String payeeVpa, String payeeName,
                             String note, String openedBy) implements TenantScoped {
}
