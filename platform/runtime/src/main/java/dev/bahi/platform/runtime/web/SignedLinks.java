package dev.bahi.platform.runtime.web;

import dev.bahi.platform.kernel.AccessRefused;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Links that work without a token for a while, such as an invoice PDF shared on WhatsApp: an HMAC-SHA256 over
 * the path and the expiry. A changed path, expiry or signature, or an expired link, is refused.
 */
public final class SignedLinks {
    private static final String ALGORITHM = "HmacSHA256";

    private final byte[] secret;
    private final Clock clock;

    public SignedLinks(byte[] secret, Clock clock) {
        if (secret.length < 32) {
            throw new IllegalArgumentException("a link-signing secret has at least 32 bytes");
        }
        this.secret = secret.clone();
        this.clock = clock;
    }

    /** {@code path} with {@code ?expires=<epoch seconds>&signature=<base64url>} (or {@code &...} after a query). */
    public String sign(String path, Duration validFor) {
        long expires = clock.instant().plus(validFor).getEpochSecond();
        return path + (path.contains("?") ? "&" : "?") + "expires=" + expires + "&signature=" + signature(path, expires);
    }

    /** Refuses (403) a link whose signature does not match its path and expiry, or whose time has passed. */
    public void verify(String path, String expires, String signature) {
        long at;
        try {
            at = Long.parseLong(expires);
        } catch (NumberFormatException | NullPointerException e) {
            throw invalid();
        }
        byte[] expected = signature(path, at).getBytes(StandardCharsets.US_ASCII);
        byte[] given = signature == null ? new byte[0] : signature.getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, given)) {
            throw invalid();
        }
        if (clock.instant().isAfter(Instant.ofEpochSecond(at))) {
            throw new AccessRefused(AccessRefused.Kind.FORBIDDEN, "LINK_EXPIRED", "this link has expired; ask the shop for a new one");
        }
    }

    private String signature(String path, long expires) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(secret, ALGORITHM));
            byte[] digest = mac.doFinal((path + "\n" + expires).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static AccessRefused invalid() {
        return new AccessRefused(AccessRefused.Kind.FORBIDDEN, "LINK_INVALID", "this link is not one Bahi signed");
    }
}
