package dev.bahi.inventory.adapter.in.web;

import java.util.List;

/** A page of items; pass {@code nextCursor} as {@code cursor} for the next page (null on the last). */
public record ItemPageResponse(List<ItemResponse> items, String nextCursor) {
}
