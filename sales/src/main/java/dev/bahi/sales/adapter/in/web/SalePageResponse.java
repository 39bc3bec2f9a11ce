package dev.bahi.sales.adapter.in.web;

import java.util.List;

/** A page of sales; pass {@code nextCursor} as {@code cursor} for the next page (null on the last). */
public record SalePageResponse(List<SaleResponse> sales, String nextCursor) {
}
