package dev.bahi.sales.api;

import java.math.BigDecimal;

/** Which item comes back and how much, in the item's unit. */
public record ReturnedLine(String itemId, BigDecimal quantity) {
}
