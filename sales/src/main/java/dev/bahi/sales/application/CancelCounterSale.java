package dev.bahi.sales.application;

import dev.bahi.sales.api.CancelSale;

/** Cancels a sale and gives its stock back, as one unit of work; internal to the sales context. */
record CancelCounterSale(CancelSale cancel) {
}
