package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPreferences;
import dev.bahi.notifications.api.NotificationSettings;
import dev.bahi.notifications.api.QuietHours;
import java.time.Instant;
import java.util.Map;

/**
 * The shop's notification preferences, and which channels this platform can actually send by
 * ({@code channelsConfigured}: a channel without a provider logs messages and marks them SKIPPED_NOT_CONFIGURED).
 */
public record SettingsResponse(String language, Map<NotificationKind, Channel> channels, boolean invoiceMessages,
                               boolean paymentReceipts, boolean lowStockAlerts, boolean dailySummary,
                               String dailySummaryAt, QuietHours quietHours, String ownerPhone, String ownerEmail,
                               boolean whatsAppOptInRequired, Map<Channel, Boolean> channelsConfigured,
                               Instant changedAt) {
    static SettingsResponse of(NotificationSettings s, Map<Channel, Boolean> configured) {
        NotificationPreferences p = s.preferences();
        return new SettingsResponse(p.language(), p.channels(), p.invoiceMessages(), p.paymentReceipts(),
                p.lowStockAlerts(), p.dailySummary(), p.dailySummaryAt(), p.quietHours(), p.ownerPhone(),
                p.ownerEmail(), p.whatsAppOptInRequired(), configured, s.changedAt());
    }
}
