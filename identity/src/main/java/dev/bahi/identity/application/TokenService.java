package dev.bahi.identity.application;

import dev.bahi.identity.application.port.in.AuthenticationUseCase.Tokens;
import dev.bahi.identity.application.port.out.RefreshTokenStore;
import dev.bahi.identity.application.port.out.RefreshTokenStore.StoredToken;
import dev.bahi.identity.application.port.out.RevokedAccessTokens;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.AccessRefused.Kind;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.runtime.security.AccessRevocation;
import dev.bahi.platform.runtime.security.AccessTokens;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Hands out access and refresh tokens and takes them back. Refresh tokens ({@code rt.<scope>.<secret>}) are
 * stored hashed and rotated on every use; presenting a used one revokes its whole family.
 */
public final class TokenService {
    /** The refresh-token scope of the platform admin, who belongs to no shop. */
    static final String PLATFORM_SCOPE = "platform";

    private final AccessTokens accessTokens;
    private final RefreshTokenStore refreshTokens;
    private final RevokedAccessTokens revokedAccessTokens;
    private final List<AccessRevocation> revocations;
    private final Duration refreshTtl;
    private final Clock clock;

    public TokenService(AccessTokens accessTokens, RefreshTokenStore refreshTokens,
                        RevokedAccessTokens revokedAccessTokens, List<AccessRevocation> revocations,
                        Duration refreshTtl, Clock clock) {
        this.accessTokens = accessTokens;
        this.refreshTokens = refreshTokens;
        this.revokedAccessTokens = revokedAccessTokens;
        this.revocations = revocations;
        this.refreshTtl = refreshTtl;
        this.clock = clock;
    }

    /** Tokens for a principal who just proved who they are; refused if their shop or account is barred. */
    Tokens issue(BahiPrincipal principal) {
        refuseIfRevoked(principal);
        return issue(principal, Ids.newId());
    }

    private Tokens issue(BahiPrincipal principal, String familyId) {
        AccessTokens.Issued access = accessTokens.issue(principal.userId(), principal.tenantId(), principal.roles());
        String scope = scopeOf(principal.tenantId());
        String secret = InvitationSecrets.newSecret();
        refreshTokens.save(new StoredToken(scope, InvitationSecrets.hash(secret), familyId, principal.userId(),
                RefreshTokenStore.State.ACTIVE, clock.instant().plus(refreshTtl)));
        return new Tokens(principal.tenantId(), principal.userId(), access.token(), "rt." + scope + "." + secret,
                access.expiresInSeconds());
    }

    /**
     * Rotates a refresh token. {@code currentPrincipal} says who the token's user is now (role, status), or
     * empty when they may no longer have tokens.
     */
    Tokens refresh(String refreshToken, Function<StoredToken, Optional<BahiPrincipal>> currentPrincipal) {
        String[] parts = refreshToken == null ? new String[0] : refreshToken.split("\\.", 3);
        if (parts.length != 3 || !parts[0].equals("rt") || parts[2].isEmpty()) {
            throw invalid();
        }
        String scope = parts[1];
        String hash = InvitationSecrets.hash(parts[2]);
        Optional<StoredToken> known = refreshTokens.find(scope, hash);
        if (known.isPresent() && known.get().state() == RefreshTokenStore.State.ACTIVE
                && clock.instant().isAfter(known.get().expiresAt())) {
            // An expired token is simply old, not stolen: say so, and leave its family alone.
            throw new AccessRefused(Kind.UNAUTHENTICATED, "REFRESH_TOKEN_EXPIRED", "refresh token has expired; log in again");
        }
        Optional<StoredToken> used = refreshTokens.use(scope, hash);
        if (used.isEmpty()) {
            refreshTokens.find(scope, hash).ifPresent(stale -> refreshTokens.revokeFamily(scope, stale.familyId()));
            throw invalid();
        }
        StoredToken token = used.get();
        BahiPrincipal principal = currentPrincipal.apply(token).orElse(null);
        if (principal == null) {
            refreshTokens.revokeFamily(scope, token.familyId());
            throw invalid();
        }
        refuseIfRevoked(principal);
        return issue(principal, token.familyId());
    }

    void logout(BahiPrincipal principal, String refreshToken) {
        String scope = scopeOf(principal.tenantId());
        revokedAccessTokens.revoke(scope, principal.tokenId(), clock.instant().plus(accessTokens.ttl()));
        if (refreshToken != null) {
            String[] parts = refreshToken.split("\\.", 3);
            if (parts.length == 3 && parts[1].equals(scope)) {
                refreshTokens.find(scope, InvitationSecrets.hash(parts[2]))
                        .filter(t -> t.userId().equals(principal.userId()))
                        .ifPresent(t -> refreshTokens.revokeFamily(scope, t.familyId()));
            }
        }
    }

    boolean isRevoked(BahiPrincipal principal) {
        return revokedAccessTokens.isRevoked(scopeOf(principal.tenantId()), principal.tokenId());
    }

    private void refuseIfRevoked(BahiPrincipal principal) {
        for (AccessRevocation revocation : revocations) {
            Optional<String> reason = revocation.revokedReason(principal);
            if (reason.isPresent()) {
                throw new AccessRefused(Kind.FORBIDDEN, reason.get(), "this account may not log in now");
            }
        }
    }

    static String scopeOf(String tenantId) {
        return tenantId == null ? PLATFORM_SCOPE : tenantId;
    }

    private static AccessRefused invalid() {
        return new AccessRefused(Kind.UNAUTHENTICATED, "REFRESH_TOKEN_INVALID", "refresh token is not valid");
    }
}
