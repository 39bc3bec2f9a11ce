package dev.bahi.sales.api;

import java.util.List;

/** A page of sales; {@code nextCursor} is null on the last page. */
public record SalePage(List<SaleView> sales, String nextCursor) {
}
