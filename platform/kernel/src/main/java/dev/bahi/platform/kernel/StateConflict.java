package dev.bahi.platform.kernel;

/** The command is well-formed but the thing it acts on is in a state that forbids it (HTTP 409). */
public class StateConflict extends IllegalStateException {
    private final String code;

    public StateConflict(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
