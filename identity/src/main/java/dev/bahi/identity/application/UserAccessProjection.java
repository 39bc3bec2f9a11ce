package dev.bahi.identity.application;

import dev.bahi.identity.api.UserDisabled;
import dev.bahi.identity.api.UserEnabled;
import dev.bahi.identity.api.UserRegistered;
import dev.bahi.identity.api.UserRoleChanged;
import dev.bahi.identity.api.UserStatus;
import dev.bahi.identity.application.port.out.RevokedAccessTokens;
import dev.bahi.identity.application.port.out.UserAccess;
import dev.bahi.platform.runtime.security.AccessRevocation;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;

/**
 * Keeps each user's status and role in step with the events (a subscribing processor: same unit of work),
 * and refuses tokens of disabled users, of users whose role has changed since, and of logged-out sessions.
 */
@ProcessingGroup(UserAccessProjection.PROCESSING_GROUP)
public final class UserAccessProjection implements AccessRevocation {
    public static final String PROCESSING_GROUP = "identity.access";

    private final UserAccess access;
    private final RevokedAccessTokens revokedTokens;

    public UserAccessProjection(UserAccess access, RevokedAccessTokens revokedTokens) {
        this.access = access;
        this.revokedTokens = revokedTokens;
    }

    @EventHandler
    void on(UserRegistered event) {
        access.put(new UserAccess.Access(event.tenantId(), event.userId(), UserStatus.ACTIVE, event.role()));
    }

    @EventHandler
    void on(UserRoleChanged event) {
        access.get(event.tenantId(), event.userId()).ifPresent(a ->
                access.put(new UserAccess.Access(a.tenantId(), a.userId(), a.status(), event.role())));
    }

    @EventHandler
    void on(UserDisabled event) {
        access.get(event.tenantId(), event.userId()).ifPresent(a ->
                access.put(new UserAccess.Access(a.tenantId(), a.userId(), UserStatus.DISABLED, a.role())));
    }

    @EventHandler
    void on(UserEnabled event) {
        access.get(event.tenantId(), event.userId()).ifPresent(a ->
                access.put(new UserAccess.Access(a.tenantId(), a.userId(), UserStatus.ACTIVE, a.role())));
    }

    @Override
    public Optional<String> revokedReason(BahiPrincipal principal) {
        if (principal.tokenId() != null
                && revokedTokens.isRevoked(TokenService.scopeOf(principal.tenantId()), principal.tokenId())) {
            return Optional.of("TOKEN_REVOKED");
        }
        if (principal.tenantId() == null) {
            return Optional.empty();
        }
        Optional<UserAccess.Access> current = access.get(principal.tenantId(), principal.userId());
        if (current.isEmpty()) {
            return Optional.of("USER_NOT_FOUND");
        }
        if (current.get().status() == UserStatus.DISABLED) {
            return Optional.of("USER_DISABLED");
        }
        if (!principal.hasRole(current.get().role().name())) {
            return Optional.of("ROLE_CHANGED");
        }
        return Optional.empty();
    }
}
