package dev.bahi.identity.domain;

/** Compares a typed password with a stored hash; the hashing scheme is an adapter's business. */
public interface PasswordVerifier {
    boolean matches(String password, String passwordHash);
}
