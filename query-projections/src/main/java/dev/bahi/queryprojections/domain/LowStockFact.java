package dev.bahi.queryprojections.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** An item's stock fell to or below its minimum at {@code detectedAt}, on {@code businessDate}. */
public record LowStockFact(String tenantId, String itemId, String sku, String name, BigDecimal onHand,
                           BigDecimal minStock, String unit, String businessDate, Instant detectedAt) {

    /** Of two crossings of one item on one day, the later one stands. */
    public boolean supersedes(LowStockFact other) {
        return other == null || !detectedAt.isBefore(other.detectedAt());
    }
}
