package dev.bahi.platform.runtime.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.platform.runtime.BahiProperties;
import dev.bahi.platform.runtime.web.Problems;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/** One security set-up for every context: stateless, bearer tokens only, problem details on refusal. */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@org.springframework.boot.context.properties.EnableConfigurationProperties(WebSecurityProperties.class)
public class SecurityConfiguration {

    /** Routes anyone may call: onboarding, token exchange, published keys, API docs, health. */
    static final String[] PUBLIC_POSTS = {
        "/api/v1/signup", "/api/v1/auth/login", "/api/v1/auth/refresh", "/api/v1/auth/register",
        // Payment providers call without a token: the HMAC signature over the raw body is the credential.
        "/api/v1/webhooks/payments/**",
        // WhatsApp delivery statuses: signed with X-Hub-Signature-256 over the raw body.
        "/api/v1/webhooks/whatsapp"};
    static final String[] PUBLIC_GETS = {
        "/.well-known/jwks.json", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
        "/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus",
        // Shared documents: the signed link is the credential (see SignedLinks).
        "/api/v1/shared/**",
        // Meta's subscription handshake: the verify token is the credential.
        "/api/v1/webhooks/whatsapp"};

    /**
     * Browsers may call the API only from the origins configured in {@code bahi.security.cors-allowed-origins};
     * with none, no cross-origin call is allowed.
     */
    @Bean
    org.springframework.web.cors.CorsConfigurationSource corsConfigurationSource(WebSecurityProperties web) {
        var source = new org.springframework.web.cors.UrlBasedCorsConfigurationSource();
        if (!web.corsAllowedOrigins().isEmpty()) {
            var cors = new org.springframework.web.cors.CorsConfiguration();
            cors.setAllowedOrigins(web.corsAllowedOrigins());
            cors.setAllowedMethods(List.of("GET", "POST", "PATCH", "PUT", "DELETE", "OPTIONS"));
            cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "Idempotency-Key"));
            cors.setExposedHeaders(List.of("Location", "Retry-After", "Idempotent-Replayed", "Content-Disposition"));
            cors.setMaxAge(3600L);
            source.registerCorsConfiguration("/**", cors);
        }
        return source;
    }

    @Bean
    SigningKeys signingKeys(BahiProperties properties) {
        return SigningKeys.from(properties);
    }

    @Bean
    dev.bahi.platform.runtime.web.SignedLinks signedLinks(SigningKeys keys, java.time.Clock clock) {
        return new dev.bahi.platform.runtime.web.SignedLinks(keys.derivedSecret("bahi shared links"), clock);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    AccessTokens accessTokens(SigningKeys keys, BahiProperties properties, Clock clock) {
        return new AccessTokens(keys, properties.jwt(), clock);
    }

    /** bcrypt by default, read back whatever {@code {id}} a stored hash names. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, AccessTokens tokens,
                                            List<AccessRevocation> revocations, ObjectMapper mapper) throws Exception {
        http.csrf(AbstractHttpConfigurer::disable)
                .cors(cors -> { })
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(
                                org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter
                                        .ReferrerPolicy.NO_REFERRER))
                        .permissionsPolicyHeader(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=()"))
                        // The API serves JSON and PDFs, never pages: nothing may run or be framed. Swagger UI is the
                        // one page, and keeps Spring's defaults.
                        .addHeaderWriter(new org.springframework.security.web.header.writers
                                .DelegatingRequestMatcherHeaderWriter(request -> !request.getRequestURI()
                                        .startsWith("/swagger-ui"),
                                new org.springframework.security.web.header.writers.StaticHeadersWriter(
                                        "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'"))))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, PUBLIC_POSTS).permitAll()
                        .requestMatchers(HttpMethod.GET, PUBLIC_GETS).permitAll()
                        .requestMatchers("/error").permitAll()
                        .anyRequest().authenticated())
                .exceptionHandling(e -> e
                        .authenticationEntryPoint((request, response, ex) -> Problems.write(response, mapper,
                                Problems.of(HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED", null,
                                        "a valid bearer access token is required")))
                        .accessDeniedHandler((request, response, ex) -> Problems.write(response, mapper,
                                Problems.of(HttpStatus.FORBIDDEN, "FORBIDDEN", null,
                                        "your role may not do this"))))
                .addFilterBefore(new JwtAuthenticationFilter(tokens, revocations, mapper),
                        UsernamePasswordAuthenticationFilter.class);
        return http.build();
    }
}
