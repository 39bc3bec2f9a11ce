package dev.bahi.queryprojections.application;

import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemRegistered;
import dev.bahi.inventory.api.ItemUpdated;
import dev.bahi.inventory.api.StockMovementRecorded;
import dev.bahi.queryprojections.application.port.out.StockSummaryReadModel;
import dev.bahi.queryprojections.domain.StockSummaryCalculator.Item;
import dev.bahi.queryprojections.domain.StockSummaryCalculator.Movement;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/** Keeps items and every stock movement once under its id, so any period's stock can be summed; replay-safe. */
@ProcessingGroup(StockSummaryProjection.PROCESSING_GROUP)
public class StockSummaryProjection {
    public static final String PROCESSING_GROUP = "query-projections.stock-summary";

    private final StockSummaryReadModel stock;

    public StockSummaryProjection(StockSummaryReadModel stock) {
        this.stock = stock;
    }

    @EventHandler
    public void on(ItemRegistered e) {
        stock.saveItem(e.tenantId(), item(e.itemId(), e.details()));
    }

    @EventHandler
    public void on(ItemUpdated e) {
        stock.saveItem(e.tenantId(), item(e.itemId(), e.details()));
    }

    @EventHandler
    public void on(StockMovementRecorded e) {
        stock.saveMovement(e.tenantId(), e.movementId(), new Movement(e.itemId(), e.sequence(), e.recordedAt(),
                e.change(), e.balance(), e.unitCost()));
    }

    @ResetHandler
    public void reset() {
        stock.clear();
    }

    private static Item item(String itemId, ItemDetails d) {
        return new Item(itemId, d.sku(), d.name(), d.unit() == null ? null : d.unit().name(), d.purchasePrice());
    }
}
