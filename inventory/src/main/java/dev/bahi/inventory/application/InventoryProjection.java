package dev.bahi.inventory.application;

import dev.bahi.inventory.api.ItemArchived;
import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemRegistered;
import dev.bahi.inventory.api.ItemUpdated;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.StockMovementRecorded;
import dev.bahi.inventory.api.StockMovementView;
import dev.bahi.inventory.application.port.out.ItemReadModel;
import dev.bahi.inventory.application.port.out.StockMovementReadModel;
import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.runtime.axon.BatchedWrites;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the items (details, stock on hand, value, low-stock flag) and every item's stock history. Events carry
 * absolute values (the details as they stand, the balance after a movement), so handling an event twice or
 * replaying the stream gives the same read model. A batch of events costs a few bulk writes, not three writes per
 * stock movement.
 */
@ProcessingGroup(InventoryProjection.PROCESSING_GROUP)
public class InventoryProjection {
    public static final String PROCESSING_GROUP = "inventory.items";

    private final ItemReadModel items;
    private final StockMovementReadModel movements;

    public InventoryProjection(ItemReadModel items, StockMovementReadModel movements) {
        this.items = items;
        this.movements = movements;
    }

    @EventHandler
    public void on(ItemRegistered event) {
        write(w -> w.save(view(event.tenantId(), event.itemId(), event.details(), BigDecimal.ZERO, false,
                event.registeredAt(), event.registeredAt())));
    }

    @EventHandler
    public void on(ItemUpdated event) {
        write(w -> w.find(event.tenantId(), event.itemId()).ifPresent(item -> w.save(view(item.tenantId(),
                item.itemId(), event.details(), item.onHand(), item.archived(), item.registeredAt(),
                event.updatedAt()))));
    }

    @EventHandler
    public void on(ItemArchived event) {
        write(w -> w.find(event.tenantId(), event.itemId()).ifPresent(item -> w.save(view(item.tenantId(),
                item.itemId(), item.details(), item.onHand(), true, item.registeredAt(), event.archivedAt()))));
    }

    @EventHandler
    public void on(StockMovementRecorded event) {
        write(w -> {
            w.save(event.tenantId(), new StockMovementView(event.movementId(), event.itemId(), event.sequence(),
                    event.kind(), event.quantity(), event.change(), event.balance(), event.unit(), event.unitCost(),
                    event.supplier(), event.reference(), event.note(), event.recordedAt()));
            w.find(event.tenantId(), event.itemId()).ifPresent(item -> {
                ItemDetails details = event.unitCost() != null
                        ? withPurchasePrice(item.details(), event.unitCost()) : item.details();
                w.save(view(item.tenantId(), item.itemId(), details, event.balance(), item.archived(),
                        item.registeredAt(), event.recordedAt()));
            });
        });
    }

    /**
     * The writes of a batch of events ({@link BatchedWrites}): each item's latest view and the new movements, written
     * together after the batch. An item is read from the store once per batch, later events build on the view held.
     */
    private void write(Consumer<Writes> action) {
        BatchedWrites.write(Writes.KEY, Writes::new, Writes::flush, action);
    }

    private final class Writes {
        static final String KEY = InventoryProjection.class.getName() + ".writes";
        /** Each item read or saved in this batch, by shop and item: the view later events build on. */
        private final Map<String, Optional<ItemView>> views = new LinkedHashMap<>();
        private final Map<String, ItemView> changed = new LinkedHashMap<>();
        private final Map<String, List<StockMovementView>> newMovements = new LinkedHashMap<>();

        Optional<ItemView> find(String tenantId, String itemId) {
            return views.computeIfAbsent(key(tenantId, itemId), k -> items.find(tenantId, itemId));
        }

        void save(ItemView item) {
            String key = key(item.tenantId(), item.itemId());
            views.put(key, Optional.of(item));
            changed.put(key, item);
        }

        void save(String tenantId, StockMovementView movement) {
            newMovements.computeIfAbsent(tenantId, t -> new ArrayList<>()).add(movement);
        }

        void flush() {
            newMovements.forEach(movements::saveAll);
            items.saveAll(changed.values());
        }

        private static String key(String tenantId, String itemId) {
            return tenantId + ":" + itemId;
        }
    }

    @ResetHandler
    public void reset() {
        items.clear();
        movements.clear();
    }

    /**
     * Value at the latest purchase price; stock sold below zero is worth nothing, not less than nothing. An item is
     * low when on hand is at or below its minimum.
     */
    static ItemView view(String tenantId, String itemId, ItemDetails details, BigDecimal onHand, boolean archived,
                         Instant registeredAt, Instant updatedAt) {
        long value = details.purchasePrice() == null || onHand.signum() <= 0 ? 0
                : Money.times(onHand, details.purchasePrice());
        boolean low = !archived && onHand.compareTo(details.minStock()) <= 0;
        return new ItemView(itemId, tenantId, details, onHand, value, low, archived, registeredAt, updatedAt);
    }

    private static ItemDetails withPurchasePrice(ItemDetails d, long unitCost) {
        return new ItemDetails(d.sku(), d.name(), d.barcode(), d.hsn(), d.gstRate(), d.cessRate(), d.unit(),
                d.salePrice(), d.priceIncludesTax(), d.mrp(), unitCost, d.minStock());
    }
}
