package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Takes goods back against an invoiced sale: a credit note dated {@code noteDate} in the shop's credit-note
 * series, reversing the tax of the returned part. Answers the {@link CreditNote}.
 */
public record ReturnSaleLines(@TargetAggregateIdentifier String saleId, String tenantId, String returnId,
                              List<ReturnedLine> lines, ReturnReason reason, String note, String noteDate)
        implements TenantScoped {
}
