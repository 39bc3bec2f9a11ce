package dev.bahi.inventory.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.inventory.api.ArchiveItem;
import dev.bahi.inventory.api.ItemArchived;
import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemRegistered;
import dev.bahi.inventory.api.ItemUpdated;
import dev.bahi.inventory.api.LowStockDetected;
import dev.bahi.inventory.api.RecordStockMovement;
import dev.bahi.inventory.api.RegisterItem;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementRecorded;
import dev.bahi.inventory.api.StockMovementView;
import dev.bahi.inventory.api.StockReplenished;
import dev.bahi.inventory.api.UpdateItem;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.kernel.Text;
import java.math.BigDecimal;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One SKU of a shop: its catalogue details and its stock, where every change is a movement with a reason
 * and the balance after it. Its state is small (details, balance, counters), so snapshots keep loading
 * cheap however long the history grows.
 */
// The runtime's AxonMongoConfiguration.SNAPSHOT_TRIGGER, spelled out to keep the domain free of the runtime.
@Aggregate(snapshotTriggerDefinition = "bahiSnapshotTrigger")
public class InventoryItem {
    static final int MAX_NOTE_LENGTH = 500;
    static final int MAX_TEXT_LENGTH = 200;

    @AggregateIdentifier
    private String itemId;
    private String tenantId;
    private ItemDetails details;
    private BigDecimal onHand;
    private long movements;
    private boolean lowStock;
    private boolean archived;

    /** For Axon, which rebuilds the item from its events, and for the snapshot serializer. */
    protected InventoryItem() {
    }

    @CommandHandler
    public InventoryItem(RegisterItem command, Clock clock) {
        if (command.itemId() == null || command.itemId().isBlank()) {
            throw new RuleViolation("ITEM_ID_REQUIRED", "itemId", "a new item needs an id");
        }
        if (command.tenantId() == null || command.tenantId().isBlank()) {
            throw new RuleViolation("TENANT_ID_REQUIRED", "tenantId", "a new item belongs to a shop");
        }
        apply(new ItemRegistered(command.tenantId(), command.itemId(), ItemPolicy.normalise(command.details()),
                clock.instant()));
    }

    @CommandHandler
    public ItemDetails handle(UpdateItem command, Clock clock) {
        requireOwn(command.tenantId());
        if (archived) {
            throw new StateConflict("ITEM_ARCHIVED", "item " + details.sku() + " is archived");
        }
        ItemDetails merged = ItemPolicy.merge(details, command.changes());
        if (merged.unit() != details.unit() && movements > 0) {
            throw new StateConflict("UNIT_IN_USE",
                    "item " + details.sku() + " already has stock movements in " + details.unit());
        }
        if (!merged.equals(details)) {
            apply(new ItemUpdated(tenantId, itemId, merged, clock.instant()));
            checkLowStock(clock);
        }
        return details;
    }

    @CommandHandler
    public void handle(ArchiveItem command, Clock clock) {
        requireOwn(command.tenantId());
        if (archived) {
            throw new StateConflict("ITEM_ALREADY_ARCHIVED", "item " + details.sku() + " is already archived");
        }
        apply(new ItemArchived(tenantId, itemId, clock.instant()));
    }

    @CommandHandler
    public StockMovementView handle(RecordStockMovement command, Clock clock, StockRules rules) {
        requireOwn(command.tenantId());
        StockMovementKind kind = command.kind();
        if (kind == null) {
            throw new RuleViolation("KIND_REQUIRED", "kind", "say what kind of stock movement this is");
        }
        if (command.movementId() == null || command.movementId().isBlank()) {
            throw new RuleViolation("MOVEMENT_ID_REQUIRED", "movementId", "a stock movement needs an id");
        }
        BigDecimal quantity = Quantities.inItemUnit(command.quantity(), command.unit(), details.unit(), "quantity");
        if (kind == StockMovementKind.COUNT ? quantity.signum() < 0 : quantity.signum() <= 0) {
            throw new RuleViolation("QUANTITY_NOT_POSITIVE", "quantity", kind == StockMovementKind.COUNT
                    ? "a counted quantity may not be negative" : "a quantity must be above zero");
        }
        if (archived && (kind == StockMovementKind.SALE || kind == StockMovementKind.RECEIVED
                || kind == StockMovementKind.OPENING)) {
            throw new StateConflict("ITEM_ARCHIVED", "item " + details.sku() + " is archived");
        }
        if (kind == StockMovementKind.OPENING && movements > 0) {
            throw new StateConflict("OPENING_STOCK_AFTER_MOVEMENTS",
                    "opening stock comes before any other movement; use a COUNT to correct the stock");
        }
        if (command.unitCost() != null && kind != StockMovementKind.RECEIVED && kind != StockMovementKind.OPENING) {
            throw new RuleViolation("PURCHASE_PRICE_NOT_ALLOWED", "purchasePrice",
                    "a purchase price belongs to received goods or opening stock");
        }
        String note = text(command.note(), "note", MAX_NOTE_LENGTH);
        if (kind == StockMovementKind.WRITE_OFF && note == null) {
            throw new RuleViolation("NOTE_REQUIRED", "note", "say why stock is written off (damaged, expired, ...)");
        }
        BigDecimal change = Quantities.plain(kind == StockMovementKind.COUNT ? quantity.subtract(onHand)
                : kind.direction() > 0 ? quantity : quantity.negate());
        BigDecimal balance = Quantities.plain(onHand.add(change));
        if ((kind == StockMovementKind.SALE || kind == StockMovementKind.WRITE_OFF) && balance.signum() < 0
                && rules.strictStock(tenantId)) {
            throw new StateConflict("INSUFFICIENT_STOCK", "only " + onHand.toPlainString() + " " + details.unit()
                    + " of " + details.sku() + " on hand; the shop does not sell below zero");
        }
        StockMovementRecorded recorded = new StockMovementRecorded(tenantId, itemId, command.movementId(),
                movements + 1, kind, quantity, change, balance, details.unit(), command.unitCost(),
                text(command.supplier(), "supplier", MAX_TEXT_LENGTH),
                text(command.reference(), "reference", MAX_TEXT_LENGTH), note, clock.instant());
        apply(recorded);
        checkLowStock(clock);
        return new StockMovementView(recorded.movementId(), itemId, recorded.sequence(), kind, quantity, change,
                balance, details.unit(), recorded.unitCost(), recorded.supplier(), recorded.reference(), note,
                recorded.recordedAt());
    }

    /** One event when stock crosses the minimum downwards, one when it rises back above. */
    private void checkLowStock(Clock clock) {
        boolean low = onHand.compareTo(details.minStock()) <= 0;
        if (low && !lowStock && movements > 0) {
            apply(new LowStockDetected(tenantId, itemId, details.sku(), details.name(), onHand, details.minStock(),
                    details.unit(), clock.instant()));
        } else if (!low && lowStock) {
            apply(new StockReplenished(tenantId, itemId, details.sku(), details.name(), onHand, details.minStock(),
                    details.unit(), clock.instant()));
        }
    }

    /** A command for another shop's item must not learn that the item exists. */
    private void requireOwn(String commandTenantId) {
        if (tenantId == null || !tenantId.equals(commandTenantId)) {
            throw new NotFound("ITEM_NOT_FOUND", "item " + itemId + " not found");
        }
    }

    private static String text(String raw, String field, int max) {
        return Text.optional(raw, field, max, field.toUpperCase(java.util.Locale.ROOT) + "_TOO_LONG");
    }

    @EventSourcingHandler
    void on(ItemRegistered event) {
        itemId = event.itemId();
        tenantId = event.tenantId();
        details = event.details();
        onHand = BigDecimal.ZERO;
    }

    @EventSourcingHandler
    void on(ItemUpdated event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(ItemArchived event) {
        archived = true;
    }

    @EventSourcingHandler
    void on(StockMovementRecorded event) {
        onHand = event.balance();
        movements = event.sequence();
        if (event.unitCost() != null) {
            details = withPurchasePrice(details, event.unitCost());
        }
    }

    @EventSourcingHandler
    void on(LowStockDetected event) {
        lowStock = true;
    }

    @EventSourcingHandler
    void on(StockReplenished event) {
        lowStock = false;
    }

    /** Received goods (and opening stock with a cost) set the latest purchase price, which stock is valued at. */
    static ItemDetails withPurchasePrice(ItemDetails d, long unitCost) {
        return new ItemDetails(d.sku(), d.name(), d.barcode(), d.hsn(), d.gstRate(), d.cessRate(), d.unit(),
                d.salePrice(), d.priceIncludesTax(), d.mrp(), unitCost, d.minStock());
    }
}
