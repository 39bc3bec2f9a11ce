package dev.bahi.identity.application;

import dev.bahi.identity.application.port.out.PasswordHasher;
import dev.bahi.platform.kernel.EmailAddress;
import dev.bahi.platform.kernel.Login;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import java.util.Set;

/**
 * The platform administrator, who belongs to no shop and exists only when {@code bahi.admin.email} and
 * {@code bahi.admin.password} are configured. The password is held only as a hash once started.
 */
public final class PlatformAdmin {
    static final String USER_ID = "platform-admin";

    private final Login login;
    private final String passwordHash;
    private final PasswordHasher hasher;

    public PlatformAdmin(String email, String password, PasswordHasher hasher) {
        this.hasher = hasher;
        boolean configured = email != null && !email.isBlank() && password != null && !password.isBlank();
        this.login = configured ? Login.of(EmailAddress.parse(email)) : null;
        this.passwordHash = configured ? hasher.hash(password) : null;
    }

    boolean configured() {
        return login != null;
    }

    boolean isAdminLogin(Login candidate) {
        return login != null && login.equals(candidate);
    }

    boolean passwordMatches(String password) {
        return passwordHash != null && hasher.matches(password, passwordHash);
    }

    BahiPrincipal principal() {
        return new BahiPrincipal(USER_ID, null, Set.of(BahiPrincipal.PLATFORM_ADMIN), null);
    }
}
