package dev.bahi.identity.application.port.out;

import java.time.Instant;
import java.util.Optional;

/**
 * Opaque refresh tokens, kept only as hashes. Each is used once: using it rotates it; using a used one again
 * means it was stolen, and its whole family is revoked.
 */
public interface RefreshTokenStore {
    enum State { ACTIVE, USED, REVOKED }

    /** A stored refresh token; {@code scope} is the shop id, or the platform scope for the admin. */
    record StoredToken(String scope, String hash, String familyId, String userId, State state, Instant expiresAt) {
    }

    void save(StoredToken token);

    /** Atomically marks an active token used and returns it; empty when it is not active (or unknown). */
    Optional<StoredToken> use(String scope, String hash);

    Optional<StoredToken> find(String scope, String hash);

    void revokeFamily(String scope, String familyId);
}
