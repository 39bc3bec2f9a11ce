package dev.bahi.notifications.application.port.in;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.QuietHours;
import java.util.Map;

/**
 * A change of some preferences: null leaves one as it is. {@code channels} changes only the kinds it names;
 * {@code clearQuietHours}, {@code clearOwnerPhone} and {@code clearOwnerEmail} remove a value that null would keep.
 */
public record PreferencesChange(String language, Map<NotificationKind, Channel> channels, Boolean invoiceMessages,
                                Boolean paymentReceipts, Boolean lowStockAlerts, Boolean dailySummary,
                                String dailySummaryAt, QuietHours quietHours, boolean clearQuietHours,
                                String ownerPhone, boolean clearOwnerPhone, String ownerEmail,
                                boolean clearOwnerEmail, Boolean whatsAppOptInRequired) {
}
