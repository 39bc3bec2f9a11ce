package dev.bahi.inventory.application.port.in;

import dev.bahi.inventory.api.ItemPage;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.ListItems;
import dev.bahi.inventory.api.StockLevel;
import dev.bahi.inventory.api.StockMovementPage;
import dev.bahi.inventory.api.StockValuation;
import java.time.Instant;
import java.util.Optional;

/** Reading a shop's items and stock. */
public interface FindItemsUseCase {
    Optional<ItemView> find(String tenantId, String itemId);

    ItemPage list(ListItems query);

    StockMovementPage movements(String tenantId, String itemId, Integer limit, String cursor);

    StockLevel level(String tenantId, String itemId, Instant asOf);

    StockValuation valuation(String tenantId, Integer limit, String cursor);
}
