package dev.bahi.sales.api;

import java.util.List;

/** A page of customers; {@code nextCursor} is null on the last page. */
public record CustomerPage(List<CustomerView> customers, String nextCursor) {
}
