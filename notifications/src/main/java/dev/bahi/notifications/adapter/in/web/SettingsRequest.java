package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationKind;
import java.util.Map;

/**
 * A change of notification preferences; absent fields stay as they are. {@code ownerPhone} or {@code ownerEmail}
 * "" falls back to the shop profile's; {@code quietHours} with neither start nor end turns quiet hours off.
 */
public record SettingsRequest(String language, Map<NotificationKind, Channel> channels, Boolean invoiceMessages,
                              Boolean paymentReceipts, Boolean lowStockAlerts, Boolean dailySummary,
                              String dailySummaryAt, QuietHoursBody quietHours, String ownerPhone, String ownerEmail,
                              Boolean whatsAppOptInRequired) {
    /** Local times HH:mm. */
    public record QuietHoursBody(String start, String end) {
    }
}
