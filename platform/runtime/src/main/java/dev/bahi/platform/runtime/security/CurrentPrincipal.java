package dev.bahi.platform.runtime.security;

import dev.bahi.platform.kernel.NotFound;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The caller of the current request, for controllers; the tenant always comes from here, never from input. */
public final class CurrentPrincipal {
    private CurrentPrincipal() {
    }

    public static BahiPrincipal get() {
        return find().orElseThrow(() -> new AuthenticationCredentialsNotFoundException("no access token"));
    }

    /** The caller, if the request carried a valid token (public routes have none). */
    public static Optional<BahiPrincipal> find() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof BahiPrincipal principal) {
            return Optional.of(principal);
        }
        return Optional.empty();
    }

    /** The caller's tenant; a platform admin has none, so tenant-scoped routes answer 404 for them. */
    public static String tenantId() {
        BahiPrincipal principal = get();
        if (principal.tenantId() == null) {
            throw new NotFound("TENANT_NOT_FOUND", "this account belongs to no shop");
        }
        return principal.tenantId();
    }
}
