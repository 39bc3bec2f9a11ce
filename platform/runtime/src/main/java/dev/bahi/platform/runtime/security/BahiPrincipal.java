package dev.bahi.platform.runtime.security;

import java.util.Set;

/** Who is calling: taken from a verified access token only. {@code tenantId} is null for the platform admin. */
public record BahiPrincipal(String userId, String tenantId, Set<String> roles, String tokenId) {
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    public BahiPrincipal {
        roles = Set.copyOf(roles);
    }

    public boolean isPlatformAdmin() {
        return roles.contains(PLATFORM_ADMIN);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
