package dev.bahi.inventory.application;

import dev.bahi.inventory.api.FindInventorySettings;
import dev.bahi.inventory.api.FindItem;
import dev.bahi.inventory.api.FindStockLevel;
import dev.bahi.inventory.api.FindStockValuation;
import dev.bahi.inventory.api.InventorySettings;
import dev.bahi.inventory.api.ItemPage;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.ListItems;
import dev.bahi.inventory.api.ListStockMovements;
import dev.bahi.inventory.api.StockLevel;
import dev.bahi.inventory.api.StockMovementPage;
import dev.bahi.inventory.api.StockValuation;
import dev.bahi.inventory.application.port.out.InventorySettingsStore;
import dev.bahi.inventory.application.port.out.ItemReadModel;
import dev.bahi.inventory.application.port.out.StockMovementReadModel;
import java.math.BigDecimal;
import java.time.Instant;
import org.axonframework.queryhandling.QueryHandler;

/** Answers the inventory context's queries from its read models only, always within the asking shop. */
public class InventoryQueryHandler {
    private final ItemReadModel items;
    private final StockMovementReadModel movements;
    private final InventorySettingsStore settings;

    public InventoryQueryHandler(ItemReadModel items, StockMovementReadModel movements, InventorySettingsStore settings) {
        this.items = items;
        this.movements = movements;
        this.settings = settings;
    }

    /** Null when the shop has no such item, which {@code optionalInstanceOf} callers see as empty. */
    @QueryHandler
    public ItemView handle(FindItem query) {
        return items.find(query.tenantId(), query.itemId()).orElse(null);
    }

    @QueryHandler
    public ItemPage handle(ListItems query) {
        return items.list(query);
    }

    @QueryHandler
    public StockMovementPage handle(ListStockMovements query) {
        return movements.list(query.tenantId(), query.itemId(), query.limit(), query.cursor());
    }

    /** Null when the shop has no such item. Before the first movement (or before {@code asOf}) stock was zero. */
    @QueryHandler
    public StockLevel handle(FindStockLevel query) {
        ItemView item = items.find(query.tenantId(), query.itemId()).orElse(null);
        if (item == null) {
            return null;
        }
        Instant asOf = query.asOf();
        if (asOf == null) {
            return new StockLevel(item.itemId(), null, item.onHand(), item.details().unit(), null);
        }
        return movements.lastAtOrBefore(query.tenantId(), query.itemId(), asOf)
                .map(last -> new StockLevel(item.itemId(), asOf, last.balance(), item.details().unit(), last))
                .orElse(new StockLevel(item.itemId(), asOf, BigDecimal.ZERO, item.details().unit(), null));
    }

    @QueryHandler
    public StockValuation handle(FindStockValuation query) {
        return items.valuation(query.tenantId(), query.limit(), query.cursor());
    }

    @QueryHandler
    public InventorySettings handle(FindInventorySettings query) {
        return settings.find(query.tenantId()).orElse(InventorySettings.defaults(query.tenantId()));
    }
}
