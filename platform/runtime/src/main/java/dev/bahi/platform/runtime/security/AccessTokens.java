package dev.bahi.platform.runtime.security;

import dev.bahi.platform.runtime.BahiProperties;
import io.jsonwebtoken.Claims;
import io.jsonwebtoken.JwtException;
import io.jsonwebtoken.JwtParser;
import io.jsonwebtoken.Jwts;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Issues and verifies the short-lived access tokens: ES256-signed JWTs with {@code sub}, {@code tenant_id},
 * {@code roles}, {@code iat}, {@code exp}, {@code jti} and {@code iss}. Unsigned ({@code alg: none}),
 * foreign-key, expired and altered tokens all fail verification.
 */
public final class AccessTokens {
    public static final String TENANT_CLAIM = "tenant_id";
    public static final String ROLES_CLAIM = "roles";

    private final SigningKeys keys;
    private final String issuer;
    private final Duration ttl;
    private final Clock clock;
    private final JwtParser parser;

    public AccessTokens(SigningKeys keys, BahiProperties.Jwt settings, Clock clock) {
        this.keys = keys;
        this.issuer = settings.issuer();
        this.ttl = settings.accessTokenTtl();
        this.clock = clock;
        this.parser = Jwts.parser()
                .verifyWith(keys.publicKey())
                .requireIssuer(issuer)
                .clock(() -> Date.from(clock.instant()))
                .clockSkewSeconds(30)
                .build();
    }

    /** An issued token and how long it lives, as the login answers say. */
    public record Issued(String token, String tokenId, long expiresInSeconds) {
    }

    public Issued issue(String userId, String tenantId, Collection<String> roles) {
        Instant now = clock.instant();
        String jti = UUID.randomUUID().toString();
        var builder = Jwts.builder()
                .header().keyId(keys.keyId()).and()
                .issuer(issuer)
                .subject(userId)
                .id(jti)
                .issuedAt(Date.from(now))
                .expiration(Date.from(now.plus(ttl)))
                .claim(ROLES_CLAIM, List.copyOf(roles));
        if (tenantId != null) {
            builder.claim(TENANT_CLAIM, tenantId);
        }
        return new Issued(builder.signWith(keys.privateKey(), Jwts.SIG.ES256).compact(), jti, ttl.toSeconds());
    }

    /** The principal a token names, or {@link InvalidTokenException} when it must not be trusted. */
    public BahiPrincipal verify(String token) {
        Claims claims;
        try {
            claims = parser.parseSignedClaims(token).getPayload();
        } catch (io.jsonwebtoken.ExpiredJwtException e) {
            throw new InvalidTokenException("TOKEN_EXPIRED", "access token has expired");
        } catch (JwtException | IllegalArgumentException e) {
            throw new InvalidTokenException("TOKEN_INVALID", "access token is not valid");
        }
        Object roles = claims.get(ROLES_CLAIM);
        if (claims.getSubject() == null || claims.getId() == null || !(roles instanceof Collection<?> list)) {
            throw new InvalidTokenException("TOKEN_INVALID", "access token lacks required claims");
        }
        Set<String> roleNames = new HashSet<>();
        list.forEach(r -> roleNames.add(String.valueOf(r)));
        return new BahiPrincipal(claims.getSubject(), claims.get(TENANT_CLAIM, String.class), roleNames, claims.getId());
    }

    public Duration ttl() {
        return ttl;
    }
}
