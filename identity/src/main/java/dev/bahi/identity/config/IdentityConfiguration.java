package dev.bahi.identity.config;

import dev.bahi.identity.adapter.out.crypto.SpringPasswordHasher;
import dev.bahi.identity.adapter.out.persistence.MongoLoginDirectory;
import dev.bahi.identity.adapter.out.persistence.MongoRefreshTokenStore;
import dev.bahi.identity.adapter.out.persistence.MongoRevokedAccessTokens;
import dev.bahi.identity.adapter.out.persistence.MongoUserAccess;
import dev.bahi.identity.adapter.out.persistence.MongoUserReadModel;
import dev.bahi.identity.application.AuthenticationService;
import dev.bahi.identity.application.IdentityDemoData;
import dev.bahi.identity.application.OnboardingService;
import dev.bahi.identity.application.PlatformAdmin;
import dev.bahi.identity.application.TokenService;
import dev.bahi.identity.application.UserAccessProjection;
import dev.bahi.identity.application.UserProjection;
import dev.bahi.identity.application.UserRegistrar;
import dev.bahi.identity.application.UserService;
import dev.bahi.platform.runtime.BahiProperties;
import dev.bahi.platform.runtime.mongo.ContextDatabases;
import dev.bahi.platform.runtime.security.AccessRevocation;
import dev.bahi.platform.runtime.security.AccessTokens;
import java.time.Clock;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Wiring of the identity context: its adapters, use cases and projections. */
@Configuration(proxyBeanMethods = false)
public class IdentityConfiguration {

    /** The identity context's own database: {@code bahi_identity}. */
    private static final String DATABASE = "identity";

    @Bean
    MongoLoginDirectory loginDirectory(ContextDatabases databases) {
        return new MongoLoginDirectory(databases.of(DATABASE));
    }

    @Bean
    MongoRefreshTokenStore refreshTokenStore(ContextDatabases databases) {
        return new MongoRefreshTokenStore(databases.of(DATABASE));
    }

    @Bean
    MongoRevokedAccessTokens revokedAccessTokens(ContextDatabases databases) {
        return new MongoRevokedAccessTokens(databases.of(DATABASE));
    }

    @Bean
    MongoUserAccess userAccess(ContextDatabases databases) {
        return new MongoUserAccess(databases.of(DATABASE));
    }

    @Bean
    MongoUserReadModel userReadModel(ContextDatabases databases) {
        return new MongoUserReadModel(databases.of(DATABASE));
    }

    /** Also the aggregate's {@code PasswordVerifier}, resolved by Axon as a handler parameter. */
    @Bean
    SpringPasswordHasher passwordHasher(PasswordEncoder encoder) {
        return new SpringPasswordHasher(encoder);
    }

    @Bean
    UserProjection userProjection(MongoUserReadModel users) {
        return new UserProjection(users);
    }

    @Bean
    UserAccessProjection userAccessProjection(MongoUserAccess access, MongoRevokedAccessTokens revoked) {
        return new UserAccessProjection(access, revoked);
    }

    /** Status and role must change in the same unit of work as the events, so this processor subscribes. */
    @Bean
    ConfigurerModule identityProcessors() {
        return configurer -> configurer.eventProcessing(processing ->
                processing.registerSubscribingEventProcessor(UserAccessProjection.PROCESSING_GROUP));
    }

    @Bean
    PlatformAdmin platformAdmin(BahiProperties properties, SpringPasswordHasher hasher) {
        return new PlatformAdmin(properties.admin().email(), properties.admin().password(), hasher);
    }

    @Bean
    TokenService tokenService(AccessTokens accessTokens, MongoRefreshTokenStore refreshTokens,
                              MongoRevokedAccessTokens revoked, List<AccessRevocation> revocations,
                              BahiProperties properties, Clock clock) {
        return new TokenService(accessTokens, refreshTokens, revoked, revocations,
                properties.jwt().refreshTokenTtl(), clock);
    }

    @Bean
    UserRegistrar userRegistrar(CommandGateway commands, MongoLoginDirectory logins, SpringPasswordHasher hasher) {
        return new UserRegistrar(commands, logins, hasher);
    }

    @Bean
    OnboardingService onboardingService(CommandGateway commands, UserRegistrar registrar, TokenService tokens,
                                        BahiProperties properties, Clock clock) {
        return new OnboardingService(commands, registrar, tokens, properties.signup().enabled(), clock);
    }

    @Bean
    AuthenticationService authenticationService(CommandGateway commands, MongoLoginDirectory logins,
                                                MongoUserAccess access, SpringPasswordHasher hasher,
                                                TokenService tokens, PlatformAdmin admin) {
        return new AuthenticationService(commands, logins, access, hasher, tokens, admin);
    }

    @Bean
    UserService userService(CommandGateway commands, QueryGateway queries, UserRegistrar registrar,
                            OnboardingService onboarding, TokenService tokens) {
        return new UserService(commands, queries, registrar, onboarding, tokens);
    }

    @Bean
    IdentityDemoData identityDemoData(OnboardingService onboarding, UserRegistrar registrar,
                                      MongoLoginDirectory logins) {
        return new IdentityDemoData(onboarding, registrar, logins);
    }
}
