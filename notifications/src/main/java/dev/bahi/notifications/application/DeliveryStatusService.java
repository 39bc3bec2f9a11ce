package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationStatus;
import dev.bahi.notifications.api.RecordProviderStatus;
import dev.bahi.notifications.application.port.out.NotificationReadModel;
import dev.bahi.notifications.application.port.out.NotificationReadModel.MessageRef;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the delivery statuses a provider reports (WhatsApp's status webhook) to the messages they belong to.
 * Reports repeat and arrive out of order: each message only ever steps forward, so applying a report twice changes
 * nothing. Reports for message ids Bahi never sent are ignored.
 */
public final class DeliveryStatusService {
    static final String SIGNATURE_SCHEME = "sha256=";
    private static final Logger LOG = LoggerFactory.getLogger(DeliveryStatusService.class);
    /** A status can overtake the projection of the send it reports on; wait this long for the send to show. */
    private static final Duration LOOKUP_WAIT = Duration.ofSeconds(2);

    private final NotificationReadModel notifications;
    private final CommandGateway commands;
    private final String appSecret;
    private final String verifyToken;

    /** {@code appSecret} signs WhatsApp's webhook calls; {@code verifyToken} answers its subscription handshake. */
    public DeliveryStatusService(NotificationReadModel notifications, CommandGateway commands, String appSecret,
                                 String verifyToken) {
        this.notifications = notifications;
        this.commands = commands;
        this.appSecret = appSecret;
        this.verifyToken = verifyToken;
    }

    /** True when WhatsApp's call carries a valid signature over exactly these bytes. */
    public boolean signed(byte[] body, String signatureHeader) {
        return signedBy(appSecret, body, signatureHeader);
    }

    /** Meta's handshake: the challenge back when the mode is "subscribe" and the token is ours, else nothing. */
    public Optional<String> handshake(String mode, String token, String challenge) {
        boolean ours = verifyToken != null && !verifyToken.isBlank() && token != null
                && MessageDigest.isEqual(verifyToken.getBytes(StandardCharsets.UTF_8),
                token.getBytes(StandardCharsets.UTF_8));
        return "subscribe".equals(mode) && ours && challenge != null ? Optional.of(challenge) : Optional.empty();
    }

    /** One status of one message as the provider reported it: sent, delivered, read or failed. */
    public record Report(String providerMessageId, String status, Instant at, String errorCode, String errorReason) {
    }

    /** Answers how many reports changed or confirmed a message Bahi knows. */
    public int apply(Channel channel, List<Report> reports) {
        int applied = 0;
        for (Report report : reports) {
            NotificationStatus status = statusOf(report.status());
            if (status == null || report.providerMessageId() == null) {
                continue;
            }
            Optional<MessageRef> ref = ReadYourWrites.await(
                    () -> notifications.findByProviderId(channel, report.providerMessageId()), LOOKUP_WAIT);
            if (ref.isEmpty()) {
                LOG.info("{} status {} for unknown message id ignored", channel, report.status());
                continue;
            }
            commands.sendAndWait(new RecordProviderStatus(ref.get().notificationId(), ref.get().tenantId(), status,
                    report.errorCode(), report.errorReason(), report.at() == null ? Instant.now() : report.at()));
            applied++;
        }
        return applied;
    }

    /**
     * True when {@code signatureHeader} is {@code sha256=<hex HMAC-SHA256(secret, body)>}, compared in constant
     * time; false for anything else, including a missing secret.
     */
    public static boolean signedBy(String secret, byte[] body, String signatureHeader) {
        if (secret == null || secret.isBlank() || signatureHeader == null
                || !signatureHeader.toLowerCase(Locale.ROOT).startsWith(SIGNATURE_SCHEME)) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            byte[] given = signatureHeader.substring(SIGNATURE_SCHEME.length()).toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, given);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Provider words to statuses; "sent" is already known from the send itself. */
    private static NotificationStatus statusOf(String status) {
        if (status == null) {
            return null;
        }
        return switch (status.toLowerCase(Locale.ROOT)) {
            case "delivered" -> NotificationStatus.DELIVERED;
            case "read" -> NotificationStatus.READ;
            case "failed", "undeliverable" -> NotificationStatus.FAILED;
            default -> null;
        };
    }
}
