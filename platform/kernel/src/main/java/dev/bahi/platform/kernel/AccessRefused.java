package dev.bahi.platform.kernel;

/** The caller may not have what it asked for: wrong credentials (401), not allowed (403) or locked out (423). */
public class AccessRefused extends RuntimeException {
    /** How the refusal is answered. */
    public enum Kind { UNAUTHENTICATED, FORBIDDEN, LOCKED }

    private final Kind kind;
    private final String code;

    public AccessRefused(Kind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }
}
