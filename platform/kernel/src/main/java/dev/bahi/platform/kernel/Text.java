package dev.bahi.platform.kernel;

/** Free text people type (notes, suppliers, references): trimmed, blank is absent, and bounded in length. */
public final class Text {
    private Text() {
    }

    /**
     * {@code raw} trimmed, or null when blank; longer than {@code max} characters is refused with
     * {@code tooLongCode} against {@code field}.
     */
    public static String optional(String raw, String field, int max, String tooLongCode) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String text = raw.trim();
        if (text.length() > max) {
            throw new RuleViolation(tooLongCode, field, field + " has at most " + max + " characters");
        }
        return text;
    }
}
