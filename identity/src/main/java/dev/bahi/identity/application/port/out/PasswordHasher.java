package dev.bahi.identity.application.port.out;

/** One-way hashing of passwords (bcrypt in production). */
public interface PasswordHasher {
    String hash(String password);

    boolean matches(String password, String hash);
}
