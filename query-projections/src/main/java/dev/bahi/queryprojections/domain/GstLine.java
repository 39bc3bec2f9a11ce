package dev.bahi.queryprojections.domain;

import java.math.BigDecimal;

/**
 * One line of a GST document as the register keeps it: HSN/SAC, description, unit quantity code, quantity, GST rate
 * (percent) and the amounts in paise (taxable value after discount, CGST, SGST/UTGST, IGST, cess).
 */
public record GstLine(String hsn, String description, String uqc, BigDecimal quantity, BigDecimal rate, long taxable,
                      long cgst, long sgst, long igst, long cess) {
    public GstLine {
        rate = rate == null ? BigDecimal.ZERO : plain(rate);
        quantity = quantity == null ? BigDecimal.ZERO : quantity;
    }

    /** 18.00 → 18, 0.250 → 0.25, 40 stays 40 (not 4E+1). */
    public static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /** A nil-rated or exempt line (0%), reported in GSTR-1's nil table rather than with the rated supplies. */
    public boolean nilRated() {
        return rate.signum() == 0;
    }
}
