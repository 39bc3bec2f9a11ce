package dev.bahi.inventory.application.port.in;

import dev.bahi.inventory.api.StockMovementView;

/** Recording a stock movement on one item. */
public interface RecordStockUseCase {
    StockMovementView record(String tenantId, String itemId, StockInput input);
}
