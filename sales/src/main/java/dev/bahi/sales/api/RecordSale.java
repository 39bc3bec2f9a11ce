package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a counter sale whose lines are already priced from the catalogue; the sale works out its own taxes.
 * {@code placeOfSupply} is the state code the law says the supply is made in. The stock has been issued.
 */
public record RecordSale(@TargetAggregateIdentifier String saleId, String tenantId, Seller seller, Buyer buyer,
                         String placeOfSupply, List<PricedLine> lines, PaymentMode paymentMode,
                         List<PaymentPart> paymentParts, String note, String businessDate) implements TenantScoped {
}
