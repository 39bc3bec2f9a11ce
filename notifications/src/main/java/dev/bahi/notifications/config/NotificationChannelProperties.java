package dev.bahi.notifications.config;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Every {@code bahi.notifications.*} setting. With none set the platform still starts and every channel reports
 * itself not configured, so a new shop only sees what would have been sent in the log.
 */
@ConfigurationProperties("bahi.notifications")
public record NotificationChannelProperties(WhatsApp whatsapp, Sms sms, Email email, Http http) {

    public NotificationChannelProperties {
        whatsapp = whatsapp == null ? new WhatsApp(null, null, null, null, null) : whatsapp;
        sms = sms == null ? new Sms(null, null, null, null) : sms;
        email = email == null ? new Email(null) : email;
        http = http == null ? new Http(null, null) : http;
    }

    /**
     * WhatsApp Business Cloud API: {@code accessToken} and {@code phoneNumberId} send messages, {@code appSecret}
     * checks the webhook's signature, {@code verifyToken} answers Meta's webhook subscription check.
     */
    public record WhatsApp(String baseUrl, String accessToken, String phoneNumberId, String appSecret,
                           String verifyToken) {
        public static final String DEFAULT_BASE_URL = "https://graph.facebook.com/v21.0";

        public WhatsApp {
            baseUrl = blank(baseUrl) ? DEFAULT_BASE_URL : baseUrl;
        }

        public boolean configured() {
            return !blank(accessToken) && !blank(phoneNumberId);
        }

        // records print every component; secrets must not reach a log through a toString
        @Override
        public String toString() {
            return "WhatsApp[baseUrl=" + baseUrl + ", phoneNumberId=" + phoneNumberId + ", accessToken="
                    + masked(accessToken) + ", appSecret=" + masked(appSecret) + ", verifyToken="
                    + masked(verifyToken) + "]";
        }
    }

    /** A DLT SMS provider's HTTP API: the 6-character TRAI header and the Principal Entity ID registered on DLT. */
    public record Sms(String baseUrl, String apiKey, String senderId, String principalEntityId) {
        public boolean configured() {
            return !blank(baseUrl) && !blank(apiKey) && !blank(senderId) && !blank(principalEntityId);
        }

        @Override
        public String toString() {
            return "Sms[baseUrl=" + baseUrl + ", senderId=" + senderId + ", principalEntityId=" + principalEntityId
                    + ", apiKey=" + masked(apiKey) + "]";
        }
    }

    /** {@code from}: the sender address; the SMTP server itself is Spring Boot's {@code spring.mail.*}. */
    public record Email(String from) {
        public Email {
            from = blank(from) ? "bahi@localhost" : from;
        }
    }

    /** Timeouts of calls to the WhatsApp and SMS providers. */
    public record Http(Duration connectTimeout, Duration readTimeout) {
        public Http {
            connectTimeout = connectTimeout == null ? Duration.ofSeconds(3) : connectTimeout;
            readTimeout = readTimeout == null ? Duration.ofSeconds(10) : readTimeout;
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String masked(String secret) {
        return blank(secret) ? "<unset>" : "<set>";
    }
}
