package dev.bahi.sales.application;

import dev.bahi.sales.api.ReturnSaleLines;

/** Takes goods back with a credit note and moves their stock, as one unit of work; internal to sales. */
record ReturnCounterSale(ReturnSaleLines returns) {
}
