package dev.bahi.identity.application;

import dev.bahi.identity.api.AuthenticateUser;
import dev.bahi.identity.api.AuthenticationResult;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.application.port.in.AuthenticationUseCase;
import dev.bahi.identity.application.port.out.LoginDirectory;
import dev.bahi.identity.application.port.out.PasswordHasher;
import dev.bahi.identity.application.port.out.UserAccess;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.AccessRefused.Kind;
import dev.bahi.platform.kernel.Login;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;

/** Logs people in by e-mail or phone, refreshes and ends their sessions. */
public final class AuthenticationService implements AuthenticationUseCase {
    private final CommandGateway commands;
    private final LoginDirectory logins;
    private final UserAccess userAccess;
    private final PasswordHasher hasher;
    private final TokenService tokens;
    private final PlatformAdmin admin;
    /** Compared against when a login is unknown, so that unknown and known logins take equally long. */
    private final String decoyHash;

    public AuthenticationService(CommandGateway commands, LoginDirectory logins, UserAccess userAccess,
                                 PasswordHasher hasher, TokenService tokens, PlatformAdmin admin) {
        this.commands = commands;
        this.logins = logins;
        this.userAccess = userAccess;
        this.hasher = hasher;
        this.tokens = tokens;
        this.admin = admin;
        this.decoyHash = hasher.hash("decoy password that never matches");
    }

    @Override
    public Tokens login(LoginInput input) {
        Login login = RuleViolation.at("login", () -> Login.parse(input.login()));
        if (input.password() == null || input.password().isEmpty()) {
            throw new RuleViolation("PASSWORD_REQUIRED", "password", "password is required");
        }
        if (admin.isAdminLogin(login) && input.tenantId() == null) {
            if (!admin.passwordMatches(input.password())) {
                throw badCredentials();
            }
            return tokens.issue(admin.principal());
        }
        List<LoginDirectory.Entry> entries = logins.find(login.value()).stream()
                .filter(e -> input.tenantId() == null || e.tenantId().equals(input.tenantId()))
                .toList();
        if (entries.isEmpty()) {
            hasher.matches(input.password(), decoyHash);
            throw badCredentials();
        }
        if (entries.size() > 1) {
            throw new RuleViolation("TENANT_REQUIRED", "tenantId",
                    "this login is used in more than one shop; say which shop with tenantId");
        }
        LoginDirectory.Entry entry = entries.get(0);
        AuthenticationResult result = commands.sendAndWait(
                new AuthenticateUser(entry.userId(), entry.tenantId(), input.password()));
        return switch (result.outcome()) {
            case AUTHENTICATED -> tokens.issue(new BahiPrincipal(entry.userId(), entry.tenantId(),
                    Set.of(result.role().name()), null));
            case LOCKED -> throw new AccessRefused(Kind.LOCKED, "ACCOUNT_LOCKED",
                    "too many wrong passwords; try again after " + result.lockedUntil());
            case WRONG_PASSWORD, DISABLED -> throw badCredentials();
        };
    }

    @Override
    public Tokens refresh(String refreshToken) {
        return tokens.refresh(refreshToken, stored -> {
            if (stored.scope().equals(TokenService.PLATFORM_SCOPE)) {
                return admin.configured() ? Optional.of(admin.principal()) : Optional.empty();
            }
            return userAccess.get(stored.scope(), stored.userId())
                    .filter(a -> a.status() == UserStatus.ACTIVE)
                    .map(a -> new BahiPrincipal(a.userId(), a.tenantId(), Set.of(a.role().name()), null));
        });
    }

    @Override
    public void logout(String refreshToken) {
        tokens.logout(CurrentPrincipal.get(), refreshToken);
    }

    private static AccessRefused badCredentials() {
        return new AccessRefused(Kind.UNAUTHENTICATED, "INVALID_CREDENTIALS", "login or password is wrong");
    }
}
