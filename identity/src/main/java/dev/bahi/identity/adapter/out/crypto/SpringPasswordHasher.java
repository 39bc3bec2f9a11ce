package dev.bahi.identity.adapter.out.crypto;

import dev.bahi.identity.application.port.out.PasswordHasher;
import dev.bahi.identity.domain.PasswordVerifier;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Passwords through Spring Security's delegating encoder (bcrypt, with the scheme recorded in the hash). */
public final class SpringPasswordHasher implements PasswordHasher, PasswordVerifier {
    private final PasswordEncoder encoder;

    public SpringPasswordHasher(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public String hash(String password) {
        return encoder.encode(password);
    }

    @Override
    public boolean matches(String password, String hash) {
        return password != null && hash != null && encoder.matches(password, hash);
    }
}
