package dev.bahi.payments.domain;

import dev.bahi.payments.api.CardDetails;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.RecordPayment;
import dev.bahi.payments.api.UpiDetails;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.UpiLink;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rules a payment's details follow, shared by the aggregate and the use case that checks a request before it
 * claims the UTR. A UPI UTR/RRN is 12 digits (NPCI); a card is named by its last four digits.
 */
public final class PaymentPolicy {
    static final Pattern UTR = Pattern.compile("^\\d{12}$");
    static final Pattern LAST4 = Pattern.compile("^\\d{4}$");
    static final int MAX_NOTE_LENGTH = 500;
    static final int MAX_APPROVAL_CODE_LENGTH = 20;

    private PaymentPolicy() {
    }

    /** The UTR trimmed, null when blank; UTR_INVALID at {@code field} when it is not 12 digits. */
    public static String utr(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String utr = raw.trim();
        if (!UTR.matcher(utr).matches()) {
            throw new RuleViolation("UTR_INVALID", field, "a UPI UTR/RRN is 12 digits");
        }
        return utr;
    }

    /** The details of a new payment, checked and normalised; the payment itself is checked by {@link #check}. */
    static UpiDetails upi(PaymentMethod method, UpiDetails upi) {
        if (upi == null) {
            return null;
        }
        String utr = utr(upi.utr(), "upi.utr");
        String vpa = upi.payerVpa() == null || upi.payerVpa().isBlank() ? null : upi.payerVpa().trim();
        if (vpa != null) {
            RuleViolation.at("upi.payerVpa", () -> UpiLink.of(vpa, "payer", null, null, null));
        }
        if (utr == null && vpa == null) {
            return null;
        }
        if (method != PaymentMethod.UPI) {
            throw new RuleViolation("UPI_DETAILS_NOT_ALLOWED", "upi", "UPI details belong to a UPI payment");
        }
        return new UpiDetails(utr, vpa);
    }

    static CardDetails card(PaymentMethod method, CardDetails card) {
        if (card == null) {
            return null;
        }
        String last4 = blankToNull(card.last4());
        if (last4 != null && !LAST4.matcher(last4).matches()) {
            throw new RuleViolation("CARD_LAST4_INVALID", "card.last4", "a card is named by its last four digits");
        }
        String approval = blankToNull(card.approvalCode());
        if (approval != null && approval.length() > MAX_APPROVAL_CODE_LENGTH) {
            throw new RuleViolation("APPROVAL_CODE_TOO_LONG", "card.approvalCode",
                    "an approval code has at most " + MAX_APPROVAL_CODE_LENGTH + " characters");
        }
        if (last4 == null && approval == null) {
            return null;
        }
        if (method != PaymentMethod.CARD) {
            throw new RuleViolation("CARD_DETAILS_NOT_ALLOWED", "card", "card details belong to a card payment");
        }
        return new CardDetails(last4, approval == null ? null : approval.toUpperCase(Locale.ROOT));
    }

    /** What a new payment must be: positive, wholly allocated to a sale and/or a khata, PENDING or SUCCEEDED. */
    static void check(RecordPayment c) {
        if (c.paymentId() == null || c.paymentId().isBlank()) {
            throw new RuleViolation("PAYMENT_ID_REQUIRED", "paymentId", "a new payment needs an id");
        }
        if (c.tenantId() == null || c.tenantId().isBlank()) {
            throw new RuleViolation("TENANT_ID_REQUIRED", "tenantId", "a payment belongs to a shop");
        }
        if (c.method() == null) {
            throw new RuleViolation("METHOD_REQUIRED", "method", "say how the money came in");
        }
        if (c.amount() <= 0) {
            throw new RuleViolation("AMOUNT_NOT_POSITIVE", "amount", "a payment is more than zero");
        }
        if (c.saleAmount() < 0 || c.udhaarAmount() < 0 || c.saleAmount() + c.udhaarAmount() != c.amount()) {
            throw new RuleViolation("ALLOCATION_MISMATCH", "amount",
                    "what a payment pays on the sale and on the khata adds up to its amount");
        }
        if (c.saleAmount() > 0 && (c.saleId() == null || c.saleId().isBlank())) {
            throw new RuleViolation("SALE_REQUIRED", "saleId", "a payment on a sale names the sale");
        }
        if (c.udhaarAmount() > 0 && (c.customerId() == null || c.customerId().isBlank())) {
            throw new RuleViolation("CUSTOMER_REQUIRED", "customerId", "a payment on udhaar names the customer");
        }
        if (c.status() == null) {
            throw new RuleViolation("STATUS_REQUIRED", "status", "a new payment is PENDING or SUCCEEDED");
        }
        if (c.status() != PaymentStatus.PENDING && c.status() != PaymentStatus.SUCCEEDED) {
            throw new RuleViolation("STATUS_INVALID", "status", "a new payment is PENDING or SUCCEEDED");
        }
        if (c.note() != null && c.note().length() > MAX_NOTE_LENGTH) {
            throw new RuleViolation("NOTE_TOO_LONG", "note", "note has at most " + MAX_NOTE_LENGTH + " characters");
        }
    }

    static String text(String raw, String field) {
        return dev.bahi.platform.kernel.Text.optional(raw, field, MAX_NOTE_LENGTH,
                field.toUpperCase(Locale.ROOT) + "_TOO_LONG");
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
