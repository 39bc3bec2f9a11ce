package dev.bahi.platform.runtime.security;

import org.springframework.security.core.AuthenticationException;

/** A presented token that must not be trusted; answered 401 with its code. */
public class InvalidTokenException extends AuthenticationException {
    private final String code;

    public InvalidTokenException(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
