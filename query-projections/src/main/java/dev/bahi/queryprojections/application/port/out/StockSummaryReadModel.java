package dev.bahi.queryprojections.application.port.out;

import dev.bahi.queryprojections.domain.StockSummaryCalculator.Item;
import dev.bahi.queryprojections.domain.StockSummaryCalculator.Movement;
import java.time.Instant;
import java.util.List;

/** Shops' items and every stock movement, each kept once under its own id. */
public interface StockSummaryReadModel {
    void saveItem(String tenantId, Item item);

    void saveMovement(String tenantId, String movementId, Movement movement);

    List<Item> items(String tenantId);

    /** Every movement of the shop before {@code end}. */
    List<Movement> movementsBefore(String tenantId, Instant end);

    void clear();
}
