package dev.bahi.payments.adapter.in.web;

import java.time.Instant;

/** A provider the shop has a secret for, and when it was set; the secret itself is never shown. */
public record ProviderResponse(String provider, Instant configuredAt) {
}
