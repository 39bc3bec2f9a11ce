package dev.bahi.inventory.application;

import dev.bahi.inventory.api.FindItem;
import dev.bahi.inventory.api.FindStockLevel;
import dev.bahi.inventory.api.FindStockValuation;
import dev.bahi.inventory.api.ItemPage;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.ListItems;
import dev.bahi.inventory.api.ListStockMovements;
import dev.bahi.inventory.api.StockLevel;
import dev.bahi.inventory.api.StockMovementPage;
import dev.bahi.inventory.api.StockValuation;
import dev.bahi.inventory.application.port.in.FindItemsUseCase;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Reads items and stock through the query bus, so that the read side can move to another service unchanged.
 * An item's history is only shown once the item is known in the asking shop, so that another shop's item
 * id answers "not found" everywhere.
 */
public final class InventoryQueryService implements FindItemsUseCase {
    private final QueryGateway queries;
    private final Duration catchUpWait;

    public InventoryQueryService(QueryGateway queries, Duration catchUpWait) {
        this.queries = queries;
        this.catchUpWait = catchUpWait;
    }

    @Override
    public Optional<ItemView> find(String tenantId, String itemId) {
        return queries.query(new FindItem(tenantId, itemId), ResponseTypes.optionalInstanceOf(ItemView.class)).join();
    }

    /** For an item this caller has just written: a miss can only be the projection catching up. */
    Optional<ItemView> findAfterWrite(String tenantId, String itemId) {
        return ReadYourWrites.await(() -> find(tenantId, itemId), catchUpWait);
    }

    /** The same, until the item shows what this caller wrote ({@code written}). */
    Optional<ItemView> findAfterWrite(String tenantId, String itemId, java.util.function.Predicate<ItemView> written) {
        return ReadYourWrites.await(() -> find(tenantId, itemId).filter(written), catchUpWait);
    }

    @Override
    public ItemPage list(ListItems query) {
        return queries.query(query, ResponseTypes.instanceOf(ItemPage.class)).join();
    }

    @Override
    public StockMovementPage movements(String tenantId, String itemId, Integer limit, String cursor) {
        requireItem(tenantId, itemId);
        return queries.query(new ListStockMovements(tenantId, itemId, limit, cursor),
                ResponseTypes.instanceOf(StockMovementPage.class)).join();
    }

    @Override
    public StockLevel level(String tenantId, String itemId, Instant asOf) {
        return queries.query(new FindStockLevel(tenantId, itemId, asOf), ResponseTypes.optionalInstanceOf(StockLevel.class))
                .join().orElseThrow(() -> Commands.itemNotFound(itemId));
    }

    @Override
    public StockValuation valuation(String tenantId, Integer limit, String cursor) {
        return queries.query(new FindStockValuation(tenantId, limit, cursor), ResponseTypes.instanceOf(StockValuation.class))
                .join();
    }

    private void requireItem(String tenantId, String itemId) {
        if (find(tenantId, itemId).isEmpty()) {
            throw Commands.itemNotFound(itemId);
        }
    }
}
