package dev.bahi.identity.api;

import java.time.Instant;

/** The outcome of {@link AuthenticateUser}. {@code lockedUntil} is set when the outcome is {@code LOCKED}. */
public record AuthenticationResult(Outcome outcome, Role role, Instant lockedUntil) {
    public enum Outcome { AUTHENTICATED, WRONG_PASSWORD, LOCKED, DISABLED }
}
