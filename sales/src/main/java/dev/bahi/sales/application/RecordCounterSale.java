package dev.bahi.sales.application;

import dev.bahi.sales.api.RecordSale;

/** Issues a sale's stock and records the sale, as one unit of work; internal to the sales context. */
record RecordCounterSale(RecordSale sale) {
}
