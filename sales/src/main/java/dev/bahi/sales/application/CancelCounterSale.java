package dev.bahi.sales.application;

import dev.bahi.sales.api.CancelSale;

/**
 * Cancels a sale, gives its stock back and credits back what it put on a khata, as one unit of work; internal to
 * the sales context. {@code businessDate}: the shop's date of the cancellation, for the khata entry.
 */
record CancelCounterSale(CancelSale cancel, String businessDate) {
}
