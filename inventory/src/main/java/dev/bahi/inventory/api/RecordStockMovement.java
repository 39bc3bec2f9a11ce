package dev.bahi.inventory.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records one change to an item's stock. {@code quantity} is positive in {@code unit} (null: the item's own
 * unit); for a {@code COUNT} it is the counted quantity (zero allowed). {@code unitCost} (paise, optional) is
 * the purchase price of received goods; {@code reference} links the movement to a sale or supplier bill.
 */
public record RecordStockMovement(@TargetAggregateIdentifier String itemId, String tenantId, String movementId,
                                  StockMovementKind kind, BigDecimal quantity, Unit unit, Long unitCost,
                                  String supplier, String reference, String note) implements TenantScoped {
}
