package dev.bahi.queryprojections.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chain of a shop's audit trail: {@code hash = SHA-256(previousHash + canonical form)}, hex, lower case. */
public final class AuditChain {
    /** The previous hash of position 1. */
    public static final String GENESIS = "0".repeat(64);
    /** Events that belong to no shop are kept under this pseudo-tenant and never shown to a shop. */
    public static final String PLATFORM = "platform";

    private AuditChain() {
    }

    public static String link(String previousHash, String canonicalForm) {
        return sha256(previousHash + canonicalForm);
    }

    public static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
