package dev.bahi.platform.kernel;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A UPI payment link as NPCI's linking specification writes it:
 * {@code upi://pay?pa=<vpa>&pn=<name>&am=<amount>&cu=INR&tr=<ref>&tn=<note>}. Each value is percent-encoded
 * (space as %20); the reference keeps letters and digits only; the note at most 50 characters. A QR code of this
 * link lets any UPI app pay it.
 */
public final class UpiLink {
    static final Pattern VPA = Pattern.compile("^[a-zA-Z0-9._-]{2,256}@[a-zA-Z][a-zA-Z0-9]{1,64}$");
    static final int MAX_NOTE = 50;

    private UpiLink() {
    }

    /** {@code amountPaise} null leaves the amount to the payer; {@code reference} and {@code note} are optional. */
    public static String of(String vpa, String payeeName, Long amountPaise, String reference, String note) {
        if (vpa == null || !VPA.matcher(vpa).matches()) {
            throw new RuleViolation("UPI_ID_INVALID", null, "'" + vpa + "' is not a UPI id (handle@psp)");
        }
        if (payeeName == null || payeeName.isBlank()) {
            throw new RuleViolation("PAYEE_NAME_REQUIRED", null, "a UPI link names the payee");
        }
        // The "@" of the VPA stays as it is: some UPI apps do not decode it.
        StringBuilder link = new StringBuilder("upi://pay?pa=").append(encode(vpa).replace("%40", "@"))
                .append("&pn=").append(encode(payeeName.trim()));
        if (amountPaise != null) {
            link.append("&am=").append(Money.format(amountPaise));
        }
        link.append("&cu=INR");
        String ref = reference == null ? "" : reference.replaceAll("[^A-Za-z0-9]", "");
        if (!ref.isEmpty()) {
            link.append("&tr=").append(ref.length() > 35 ? ref.substring(0, 35) : ref);
        }
        if (note != null && !note.isBlank()) {
            String trimmed = note.trim();
            link.append("&tn=").append(encode(trimmed.length() > MAX_NOTE ? trimmed.substring(0, MAX_NOTE) : trimmed));
        }
        return link.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
