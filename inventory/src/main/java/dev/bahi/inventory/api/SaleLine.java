package dev.bahi.inventory.api;

import java.math.BigDecimal;

/** One line of a sale as inventory sees it: which item, how much, in which unit (null: the item's own). */
public record SaleLine(String itemId, BigDecimal quantity, Unit unit) {
}
