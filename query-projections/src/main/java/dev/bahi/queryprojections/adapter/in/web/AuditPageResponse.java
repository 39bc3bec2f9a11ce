package dev.bahi.queryprojections.adapter.in.web;

import java.util.List;

/** A page of the shop's audit history, oldest first; {@code nextCursor} is null on the last page. */
public record AuditPageResponse(List<AuditEntryResponse> entries, String nextCursor) {
}
