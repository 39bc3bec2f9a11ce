package dev.bahi.inventory.api;

import java.util.List;

/** A page of items; {@code nextCursor} is null on the last page. */
public record ItemPage(List<ItemView> items, String nextCursor) {
}
