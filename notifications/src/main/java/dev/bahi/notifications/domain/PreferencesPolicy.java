package dev.bahi.notifications.domain;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPreferences;
import dev.bahi.notifications.api.QuietHours;
import dev.bahi.platform.kernel.EmailAddress;
import dev.bahi.platform.kernel.PhoneNumber;
import dev.bahi.platform.kernel.RuleViolation;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;

/** What a shop may set as its notification preferences, and what it gets when it sets nothing. */
public final class PreferencesPolicy {
    private static final Pattern CLOCK = Pattern.compile("^([01]\\d|2[0-3]):[0-5]\\d$");

    private PreferencesPolicy() {
    }

    /**
     * Every shop starts here: WhatsApp for everything, English, payment receipts, low-stock alerts and a daily
     * summary at 21:00, no quiet hours, invoices sent only when asked.
     */
    public static NotificationPreferences defaults() {
        return new NotificationPreferences(TemplateCatalogue.DEFAULT_LANGUAGE, allBy(Channel.WHATSAPP, Map.of()),
                false, true, true, true, "21:00", null, null, null, false);
    }

    /** The preferences checked and completed: missing channels are WhatsApp, contacts normalised. */
    public static NotificationPreferences checked(NotificationPreferences p) {
        if (p == null) {
            throw new RuleViolation("PREFERENCES_REQUIRED", null, "send the preferences");
        }
        String language = p.language() == null ? TemplateCatalogue.DEFAULT_LANGUAGE : p.language();
        if (!TemplateCatalogue.supported(language)) {
            throw new RuleViolation("LANGUAGE_UNSUPPORTED", "language", "languages are "
                    + TemplateCatalogue.LANGUAGES);
        }
        String at = p.dailySummaryAt() == null ? "21:00" : p.dailySummaryAt();
        clock(at, "dailySummaryAt", "DAILY_SUMMARY_TIME_INVALID");
        QuietHours quiet = p.quietHours();
        if (quiet != null) {
            clock(quiet.start(), "quietHours.start", "QUIET_HOURS_INVALID");
            clock(quiet.end(), "quietHours.end", "QUIET_HOURS_INVALID");
            if (quiet.start().equals(quiet.end())) {
                throw new RuleViolation("QUIET_HOURS_INVALID", "quietHours.end", "quiet hours end after they start");
            }
        }
        String phone = RuleViolation.at("ownerPhone", () -> PhoneNumber.normalised(p.ownerPhone()));
        String email = RuleViolation.at("ownerEmail", () -> EmailAddress.normalised(p.ownerEmail()));
        return new NotificationPreferences(language, allBy(Channel.WHATSAPP, p.channels()), p.invoiceMessages(),
                p.paymentReceipts(), p.lowStockAlerts(), p.dailySummary(), at, quiet, phone, email,
                p.whatsAppOptInRequired());
    }

    /** The moment quiet hours end, when {@code local} falls inside them; null otherwise. */
    public static LocalTime quietUntil(QuietHours quiet, LocalTime local) {
        if (quiet == null) {
            return null;
        }
        LocalTime start = LocalTime.parse(quiet.start());
        LocalTime end = LocalTime.parse(quiet.end());
        boolean inside = start.isBefore(end)
                ? !local.isBefore(start) && local.isBefore(end)
                : !local.isBefore(start) || local.isBefore(end);
        return inside ? end : null;
    }

    private static Map<NotificationKind, Channel> allBy(Channel fallback, Map<NotificationKind, Channel> chosen) {
        Map<NotificationKind, Channel> channels = new EnumMap<>(NotificationKind.class);
        for (NotificationKind kind : NotificationKind.values()) {
            Channel channel = chosen == null ? null : chosen.get(kind);
            channels.put(kind, channel == null ? fallback : channel);
        }
        return channels;
    }

    private static void clock(String value, String field, String code) {
        // The pattern admits only real times of day (00:00 to 23:59), so no parse is needed to check one.
        if (value == null || !CLOCK.matcher(value).matches()) {
            throw new RuleViolation(code, field, field + " is a local time HH:mm, e.g. 21:30");
        }
    }
}
