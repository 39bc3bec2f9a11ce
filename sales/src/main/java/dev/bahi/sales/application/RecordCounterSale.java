package dev.bahi.sales.application;

import dev.bahi.sales.api.RecordSale;

/**
 * Issues a sale's stock, records the sale and puts what is {@code due} on the buyer's khata, as one unit of work;
 * internal to the sales context. {@code overriddenBy} is the owner or manager allowing a sale over the credit limit.
 */
record RecordCounterSale(RecordSale sale, long due, String businessDate, String overriddenBy) {
}
