package dev.bahi.notifications.api;

import java.util.Map;

/**
 * How a shop wants to be heard. {@code channels} picks the channel per kind of message (a reminder names its own);
 * {@code language} is the default for customers (en, hi, ...). Owner alerts go to {@code ownerPhone} /
 * {@code ownerEmail}, or to the shop's profile contacts when these are null. {@code dailySummaryAt} is the local
 * time of the daily summary; {@code quietHours} may be null. With {@code whatsAppOptInRequired} customers get
 * WhatsApp messages only after their opt-in was recorded.
 */
public record NotificationPreferences(String language, Map<NotificationKind, Channel> channels,
                                      boolean invoiceMessages, boolean paymentReceipts, boolean lowStockAlerts,
                                      boolean dailySummary, String dailySummaryAt, QuietHours quietHours,
                                      String ownerPhone, String ownerEmail, boolean whatsAppOptInRequired) {
    public NotificationPreferences {
        channels = channels == null ? Map.of() : Map.copyOf(channels);
    }
}
