package dev.bahi.sales.adapter.in.web;

import java.util.List;

/** A page of customers; pass {@code nextCursor} as {@code cursor} for the next page (null on the last). */
public record CustomerPageResponse(List<CustomerResponse> customers, String nextCursor) {
}
