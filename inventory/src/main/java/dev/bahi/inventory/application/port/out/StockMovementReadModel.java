package dev.bahi.inventory.application.port.out;

import dev.bahi.inventory.api.StockMovementPage;
import dev.bahi.inventory.api.StockMovementView;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/** Every item's stock history, in order, with the balance after each movement. */
public interface StockMovementReadModel {
    void save(String tenantId, StockMovementView movement);

    /** Saves several movements of a shop at once (a batch of events), as {@link #save} does one by one. */
    void saveAll(String tenantId, Collection<StockMovementView> movements);

    StockMovementPage list(String tenantId, String itemId, Integer limit, String cursor);

    /** The last movement recorded at or before {@code asOf}. */
    Optional<StockMovementView> lastAtOrBefore(String tenantId, String itemId, Instant asOf);

    void clear();
}
