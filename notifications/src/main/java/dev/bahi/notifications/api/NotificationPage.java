package dev.bahi.notifications.api;

import java.util.List;

/** One page of messages; {@code nextCursor} is null on the last page. */
public record NotificationPage(List<NotificationView> items, String nextCursor) {
}
