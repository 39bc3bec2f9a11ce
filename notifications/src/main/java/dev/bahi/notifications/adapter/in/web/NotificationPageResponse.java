package dev.bahi.notifications.adapter.in.web;

import java.util.List;

/** One page of messages; {@code nextCursor} is null on the last page. */
public record NotificationPageResponse(List<NotificationResponse> items, String nextCursor) {
}
