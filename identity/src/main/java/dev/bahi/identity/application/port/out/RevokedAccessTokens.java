package dev.bahi.identity.application.port.out;

import java.time.Instant;

/** Access tokens ended early by logout, remembered until they would have expired anyway. */
public interface RevokedAccessTokens {
    void revoke(String scope, String tokenId, Instant expiresAt);

    boolean isRevoked(String scope, String tokenId);
}
