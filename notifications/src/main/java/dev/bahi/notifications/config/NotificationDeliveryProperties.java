package dev.bahi.notifications.config;

import dev.bahi.notifications.api.NotificationKind;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How messages are scheduled and retried ({@code bahi.notifications.dispatch.*}, {@code .retry.*},
 * {@code .daily-summary.*}) and the DLT template ids the platform registered per kind of message
 * ({@code bahi.notifications.sms.dlt-templates.<KIND>}; a shop's own template may name its own).
 */
@ConfigurationProperties("bahi.notifications")
public record NotificationDeliveryProperties(Dispatch dispatch, Retry retry, DailySummary dailySummary,
                                             SmsTemplates sms) {
    public NotificationDeliveryProperties {
        dispatch = dispatch == null ? new Dispatch(true, 0) : dispatch;
        retry = retry == null ? new Retry(null, null, 0, null) : retry;
        dailySummary = dailySummary == null ? new DailySummary(true) : dailySummary;
        sms = sms == null ? new SmsTemplates(null) : sms;
    }

    /** The dispatcher: on or off, and how many due messages one round takes (the interval is read by the job). */
    public record Dispatch(Boolean enabled, int batchSize) {
        public Dispatch {
            enabled = enabled == null || enabled;
            batchSize = batchSize <= 0 ? 50 : batchSize;
        }
    }

    /** Exponential backoff: 30 s, 1 min, 2 min, ... at most 30 min apart, 6 attempts in all. */
    public record Retry(Duration initialDelay, Duration maxDelay, int maxAttempts, Duration staleAfter) {
        public Retry {
            initialDelay = initialDelay == null ? Duration.ofSeconds(30) : initialDelay;
            maxDelay = maxDelay == null ? Duration.ofMinutes(30) : maxDelay;
            maxAttempts = maxAttempts <= 0 ? 6 : maxAttempts;
            staleAfter = staleAfter == null ? Duration.ofMinutes(2) : staleAfter;
        }
    }

    /** Whether the daily summaries are looked for (the interval is read by the job). */
    public record DailySummary(Boolean scanEnabled) {
        public DailySummary {
            scanEnabled = scanEnabled == null || scanEnabled;
        }
    }

    /** DLT template ids by kind of message. */
    public record SmsTemplates(Map<NotificationKind, String> dltTemplates) {
        public SmsTemplates {
            dltTemplates = dltTemplates == null ? Map.of() : Map.copyOf(dltTemplates);
        }
    }
}
