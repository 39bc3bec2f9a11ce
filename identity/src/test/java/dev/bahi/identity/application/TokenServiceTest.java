package dev.bahi.identity.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.identity.adapter.out.persistence.MongoRefreshTokenStore;
import dev.bahi.identity.adapter.out.persistence.MongoRevokedAccessTokens;
import dev.bahi.identity.application.port.in.AuthenticationUseCase.Tokens;
import dev.bahi.identity.application.port.out.RefreshTokenStore.State;
import dev.bahi.identity.application.port.out.RefreshTokenStore.StoredToken;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.AccessRefused.Kind;
import dev.bahi.platform.runtime.BahiProperties;
import dev.bahi.platform.runtime.security.AccessRevocation;
import dev.bahi.platform.runtime.security.AccessTokens;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.platform.runtime.security.SigningKeys;
import dev.bahi.platform.runtime.testing.EmbeddedMongoExtension;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Tokens handed out and taken back, with real signing, real Mongo adapters on the embedded store and a clock we move. */
class TokenServiceTest {
    private static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    private static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    private static final String ASHA = "0193a5c2-8e11-7a40-b2c4-000000000001";
    private static final String RAVI = "0193a5c2-8e11-7a40-b2c4-000000000002";
    private static final Duration REFRESH_TTL = Duration.ofDays(30);
    /** Where {@link MongoRefreshTokenStore} keeps its documents. */
    private static final String REFRESH_TOKENS = "refresh_tokens";

    @RegisterExtension
    static final EmbeddedMongoExtension mongo = new EmbeddedMongoExtension("identity");

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-03-02T08:00:00Z"));
    private final AtomicReference<String> revokedReason = new AtomicReference<>();
    private MongoTemplate identity;
    private MongoRefreshTokenStore refreshTokens;
    private AccessTokens accessTokens;
    private TokenService tokens;

    /** A clock the test moves forward by hand. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @BeforeEach
    void setUp() {
        identity = mongo.template();
        BahiProperties properties = new BahiProperties(dataDir, null, null, null, null, null, false);
        accessTokens = new AccessTokens(SigningKeys.from(properties), properties.jwt(), clock);
        refreshTokens = new MongoRefreshTokenStore(identity);
        AccessRevocation revocation = principal -> Optional.ofNullable(revokedReason.get());
        tokens = new TokenService(accessTokens, refreshTokens, new MongoRevokedAccessTokens(identity),
                List.of(revocation), REFRESH_TTL, clock);
    }

    private static BahiPrincipal asha(String role) {
        return new BahiPrincipal(ASHA, SHOP, Set.of(role), null);
    }

    /** Who the token's user is now: Asha, still a cashier. */
    private static Function<StoredToken, Optional<BahiPrincipal>> stillCashier() {
        return stored -> Optional.of(new BahiPrincipal(stored.userId(), stored.scope(), Set.of("CASHIER"), null));
    }

    private static String secretOf(String refreshToken) {
        return refreshToken.substring(refreshToken.lastIndexOf('.') + 1);
    }

    private StoredToken stored(String scope, String refreshToken) {
        return refreshTokens.find(scope, InvitationSecrets.hash(secretOf(refreshToken))).orElseThrow();
    }

    private static void refusedAsInvalid(Runnable attempt) {
        assertThatThrownBy(attempt::run).isInstanceOfSatisfying(AccessRefused.class, e -> {
            assertThat(e.kind()).isEqualTo(Kind.UNAUTHENTICATED);
            assertThat(e.code()).isEqualTo("REFRESH_TOKEN_INVALID");
        });
    }

    @Test
    void issuing_gives_a_signed_access_token_for_the_principal_and_a_refresh_token_of_its_shop() {
        Tokens issued = tokens.issue(asha("CASHIER"));

        assertThat(issued.tenantId()).isEqualTo(SHOP);
        assertThat(issued.userId()).isEqualTo(ASHA);
        assertThat(issued.expiresIn()).isEqualTo(Duration.ofMinutes(15).toSeconds());
        assertThat(issued.refreshToken()).matches("rt\\." + SHOP + "\\.[A-Za-z0-9_-]{43}");
        BahiPrincipal bearer = accessTokens.verify(issued.accessToken());
        assertThat(bearer.userId()).isEqualTo(ASHA);
        assertThat(bearer.tenantId()).isEqualTo(SHOP);
        assertThat(bearer.roles()).containsExactly("CASHIER");
        assertThat(bearer.tokenId()).isNotBlank();
    }

    @Test
    void a_refresh_token_is_stored_only_as_a_hash_and_lives_thirty_days() {
        Tokens issued = tokens.issue(asha("CASHIER"));

        StoredToken stored = stored(SHOP, issued.refreshToken());
        assertThat(stored.state()).isEqualTo(State.ACTIVE);
        assertThat(stored.userId()).isEqualTo(ASHA);
        assertThat(stored.expiresAt()).isEqualTo(clock.instant().plus(REFRESH_TTL));
        assertThat(identity.getCollection(REFRESH_TOKENS).find().first().toJson())
                .doesNotContain(secretOf(issued.refreshToken()));
    }

    @Test
    void the_platform_admin_gets_a_refresh_token_of_the_platform_scope() {
        Tokens issued = tokens.issue(new BahiPrincipal("platform-admin", null, Set.of(BahiPrincipal.PLATFORM_ADMIN),
                null));

        assertThat(issued.refreshToken()).startsWith("rt.platform.");
        assertThat(accessTokens.verify(issued.accessToken()).isPlatformAdmin()).isTrue();
    }

    @Test
    void refreshing_rotates_the_refresh_token_and_answers_who_the_user_is_now() {
        Tokens first = tokens.issue(asha("CASHIER"));

        Tokens second = tokens.refresh(first.refreshToken(),
                stored -> Optional.of(new BahiPrincipal(stored.userId(), stored.scope(), Set.of("MANAGER"), null)));

        assertThat(second.refreshToken()).startsWith("rt." + SHOP + ".").isNotEqualTo(first.refreshToken());
        assertThat(accessTokens.verify(second.accessToken()).roles()).containsExactly("MANAGER");
        assertThat(stored(SHOP, first.refreshToken()).state()).isEqualTo(State.USED);
        assertThat(stored(SHOP, second.refreshToken()).state()).isEqualTo(State.ACTIVE);
        assertThat(stored(SHOP, second.refreshToken()).familyId())
                .isEqualTo(stored(SHOP, first.refreshToken()).familyId());
    }

    @Test
    void a_rotated_refresh_token_no_longer_works() {
        Tokens first = tokens.issue(asha("CASHIER"));
        tokens.refresh(first.refreshToken(), stillCashier());

        refusedAsInvalid(() -> tokens.refresh(first.refreshToken(), stillCashier()));
    }

    @Test
    void presenting_a_used_refresh_token_again_revokes_its_whole_family() {
        Tokens stolen = tokens.issue(asha("CASHIER"));
        Tokens second = tokens.refresh(stolen.refreshToken(), stillCashier());
        Tokens newest = tokens.refresh(second.refreshToken(), stillCashier());
        Tokens otherSession = tokens.issue(asha("CASHIER"));

        refusedAsInvalid(() -> tokens.refresh(stolen.refreshToken(), stillCashier()));

        assertThat(stored(SHOP, newest.refreshToken()).state()).isEqualTo(State.REVOKED);
        refusedAsInvalid(() -> tokens.refresh(newest.refreshToken(), stillCashier()));
        assertThat(tokens.refresh(otherSession.refreshToken(), stillCashier()).refreshToken())
                .as("another login's family is untouched").startsWith("rt." + SHOP + ".");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"rt", "rt.", "rt." + SHOP, "rt." + SHOP + ".", "xx." + SHOP + ".c2VjcmV0",
            "rt." + SHOP + ".c2VjcmV0LW5ldmVyLWlzc3VlZA", "Bearer eyJhbGciOiJFUzI1NiJ9.e30.sig"})
    void a_refresh_token_we_never_issued_is_refused(String garbage) {
        tokens.issue(asha("CASHIER"));

        refusedAsInvalid(() -> tokens.refresh(garbage, stillCashier()));
    }

    @Test
    void a_refresh_token_presented_under_another_shop_is_refused_and_still_works_in_its_own() {
        Tokens issued = tokens.issue(asha("CASHIER"));

        refusedAsInvalid(() -> tokens.refresh("rt." + OTHER_SHOP + "." + secretOf(issued.refreshToken()),
                stillCashier()));

        assertThat(stored(SHOP, issued.refreshToken()).state()).isEqualTo(State.ACTIVE);
        assertThat(tokens.refresh(issued.refreshToken(), stillCashier()).userId()).isEqualTo(ASHA);
    }

    @Test
    void a_refresh_token_works_until_the_moment_it_expires() {
        Tokens issued = tokens.issue(asha("CASHIER"));
        clock.advance(REFRESH_TTL);

        assertThat(tokens.refresh(issued.refreshToken(), stillCashier()).userId()).isEqualTo(ASHA);
    }

    @Test
    void an_expired_refresh_token_is_refused_as_expired() {
        Tokens issued = tokens.issue(asha("CASHIER"));
        clock.advance(REFRESH_TTL.plusSeconds(1));

        assertThatThrownBy(() -> tokens.refresh(issued.refreshToken(), stillCashier()))
                .isInstanceOfSatisfying(AccessRefused.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.UNAUTHENTICATED);
                    assertThat(e.code()).isEqualTo("REFRESH_TOKEN_EXPIRED");
                });
    }

    @Test
    void a_user_who_may_no_longer_have_tokens_is_refused_and_their_family_revoked() {
        Tokens issued = tokens.issue(asha("CASHIER"));

        refusedAsInvalid(() -> tokens.refresh(issued.refreshToken(), stored -> Optional.empty()));

        assertThat(stored(SHOP, issued.refreshToken()).state()).isEqualTo(State.REVOKED);
    }

    @Test
    void logging_out_revokes_the_access_token_and_the_refresh_family() {
        Tokens issued = tokens.issue(asha("CASHIER"));
        Tokens rotated = tokens.refresh(issued.refreshToken(), stillCashier());
        BahiPrincipal bearer = accessTokens.verify(rotated.accessToken());
        Tokens otherSession = tokens.issue(asha("CASHIER"));

        tokens.logout(bearer, rotated.refreshToken());

        assertThat(tokens.isRevoked(bearer)).isTrue();
        assertThat(tokens.isRevoked(accessTokens.verify(otherSession.accessToken()))).isFalse();
        refusedAsInvalid(() -> tokens.refresh(rotated.refreshToken(), stillCashier()));
        assertThat(stored(SHOP, issued.refreshToken()).state()).isEqualTo(State.REVOKED);
        assertThat(stored(SHOP, otherSession.refreshToken()).state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void logging_out_without_a_refresh_token_still_ends_the_access_token() {
        Tokens issued = tokens.issue(asha("CASHIER"));
        BahiPrincipal bearer = accessTokens.verify(issued.accessToken());

        tokens.logout(bearer, null);

        assertThat(tokens.isRevoked(bearer)).isTrue();
        assertThat(stored(SHOP, issued.refreshToken()).state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void logging_out_cannot_revoke_another_users_refresh_tokens() {
        Tokens ashas = tokens.issue(asha("CASHIER"));
        Tokens ravis = tokens.issue(new BahiPrincipal(RAVI, SHOP, Set.of("CASHIER"), null));

        tokens.logout(accessTokens.verify(ashas.accessToken()), ravis.refreshToken());

        assertThat(stored(SHOP, ravis.refreshToken()).state()).isEqualTo(State.ACTIVE);
    }

    @Test
    void an_access_token_is_revoked_only_in_its_own_shop() {
        Tokens issued = tokens.issue(asha("CASHIER"));
        BahiPrincipal bearer = accessTokens.verify(issued.accessToken());

        tokens.logout(bearer, null);

        assertThat(tokens.isRevoked(new BahiPrincipal(ASHA, OTHER_SHOP, Set.of("CASHIER"), bearer.tokenId())))
                .isFalse();
    }

    @Test
    void a_barred_principal_is_refused_tokens_with_the_reason_and_nothing_is_stored() {
        revokedReason.set("TENANT_SUSPENDED");

        assertThatThrownBy(() -> tokens.issue(asha("OWNER")))
                .isInstanceOfSatisfying(AccessRefused.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("TENANT_SUSPENDED");
                });
        assertThat(identity.getCollection(REFRESH_TOKENS).countDocuments()).isZero();
    }

    @Test
    void a_principal_barred_after_login_cannot_refresh() {
        Tokens issued = tokens.issue(asha("CASHIER"));
        revokedReason.set("USER_DISABLED");

        assertThatThrownBy(() -> tokens.refresh(issued.refreshToken(), stillCashier()))
                .isInstanceOfSatisfying(AccessRefused.class, e -> {
                    assertThat(e.kind()).isEqualTo(Kind.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("USER_DISABLED");
                });
    }
}
