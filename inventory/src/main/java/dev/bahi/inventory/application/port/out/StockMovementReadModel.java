package dev.bahi.inventory.application.port.out;

import dev.bahi.inventory.api.StockMovementPage;
import dev.bahi.inventory.api.StockMovementView;
import java.time.Instant;
import java.util.Optional;

/** Every item's stock history, in order, with the balance after each movement. */
public interface StockMovementReadModel {
    void save(String tenantId, StockMovementView movement);

    StockMovementPage list(String tenantId, String itemId, Integer limit, String cursor);

    /** The last movement recorded at or before {@code asOf}. */
    Optional<StockMovementView> lastAtOrBefore(String tenantId, String itemId, Instant asOf);

    void clear();
}
