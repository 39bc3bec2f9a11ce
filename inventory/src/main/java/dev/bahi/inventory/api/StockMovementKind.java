package dev.bahi.inventory.api;

/**
 * Why stock changed. {@code COUNT} sets the counted quantity and records the difference;
 * {@code SALE_REVERSED} gives back stock issued for a sale that did not go through (cancelled, or
 * compensated when another line of the same sale failed).
 */
public enum StockMovementKind {
    OPENING, RECEIVED, SALE, SALE_RETURN, WRITE_OFF, COUNT, SALE_REVERSED;

    /** +1 adds to stock, -1 takes away, 0 for a count, whose change is the difference found. */
    public int direction() {
        return switch (this) {
            case OPENING, RECEIVED, SALE_RETURN, SALE_REVERSED -> 1;
            case SALE, WRITE_OFF -> -1;
            case COUNT -> 0;
        };
    }
}
