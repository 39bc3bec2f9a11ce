package dev.bahi.notifications.api;

import java.time.Instant;

/** Where a recipient stands for one channel: opted in or out, since when, said where, in which language. */
public record ConsentView(String consentId, String tenantId, Channel channel, String recipient, boolean optedIn,
                          String language, String source, String recordedBy, Instant recordedAt) {
}
