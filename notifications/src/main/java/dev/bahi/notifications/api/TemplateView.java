package dev.bahi.notifications.api;

import java.util.List;

/** A template as it is used: the shop's own ({@code custom}) or Bahi's default, with the kind's variables. */
public record TemplateView(NotificationKind kind, String language, MessageTemplate template, boolean custom,
                           List<String> variables) {
}
