package dev.bahi.platform.runtime.security;

import java.util.Optional;

/**
 * Asked on every authenticated request: may a token that verified still be used? Contexts implement it
 * (a suspended shop, a disabled user, a logged-out token), so revocation takes effect at once.
 */
public interface AccessRevocation {
    /** Empty when the principal may proceed; otherwise a stable code saying why not. */
    Optional<String> revokedReason(BahiPrincipal principal);
}
