package dev.bahi.identity.application;

import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.NotFound;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Opaque one-time secrets (invitations, refresh tokens): 256 random bits handed out once, kept only as a
 * SHA-256 hash. Hashing without salt is sound here because the secret itself is random, not chosen by a person.
 */
final class InvitationSecrets {
    private static final SecureRandom RANDOM = new SecureRandom();

    private InvitationSecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code inv.<tenantId>.<invitationId>.<secret>} */
    static String invitationToken(String tenantId, String invitationId, String secret) {
        return "inv." + tenantId + "." + invitationId + "." + secret;
    }

    record ParsedInvitation(String tenantId, String invitationId, String secret) {
    }

    static ParsedInvitation parseInvitation(String token) {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals("inv") || !Ids.isId(parts[1]) || !Ids.isId(parts[2])
                || parts[3].isEmpty()) {
            throw new NotFound("INVITATION_NOT_FOUND", "invitation not found");
        }
        return new ParsedInvitation(parts[1], parts[2], parts[3]);
    }
}
