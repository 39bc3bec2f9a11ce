package dev.bahi.inventory.application.port.in;

import java.util.List;

/** What an import did, row by row. Importing the same file again creates nothing new. */
public record ImportReport(int created, int updated, int unchanged, List<Row> rows) {
    /** The outcome of one row. */
    public enum Outcome { CREATED, UPDATED, UNCHANGED }

    /** One row's outcome and the item it concerns. */
    public record Row(int line, String sku, String itemId, Outcome outcome) {
    }
}
