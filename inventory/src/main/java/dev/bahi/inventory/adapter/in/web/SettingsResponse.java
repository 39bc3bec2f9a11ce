package dev.bahi.inventory.adapter.in.web;

import java.time.Instant;

/** The shop's inventory settings; {@code changedAt} is null while the defaults apply. */
public record SettingsResponse(boolean strictStock, Instant changedAt) {
}
