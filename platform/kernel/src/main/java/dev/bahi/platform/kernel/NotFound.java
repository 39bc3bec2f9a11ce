package dev.bahi.platform.kernel;

/**
 * The resource does not exist for the caller's tenant. Also thrown when it exists in another tenant,
 * so that a shop never learns of another shop's data.
 */
public class NotFound extends RuntimeException {
    private final String code;

    public NotFound(String code, String message) {
        super(message);
        this.code = code;
    }

    public static NotFound of(String kind, String id) {
        return new NotFound(kind.toUpperCase(java.util.Locale.ROOT) + "_NOT_FOUND", kind + " " + id + " not found");
    }

    public String code() {
        return code;
    }
}
