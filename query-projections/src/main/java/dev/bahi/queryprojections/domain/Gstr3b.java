package dev.bahi.queryprojections.domain;

import java.math.BigDecimal;

/**
 * GSTR-3B Table 3.1 (keys best-effort, india-retail.md §6), amounts in rupees with two decimals. Bahi records only
 * outward supplies: inward supplies under reverse charge ({@code isup_rev}) are not tracked and answered as zeros,
 * which {@code inwardSuppliesTracked} and {@code note} say.
 */
public record Gstr3b(String gstin, String ret_period, SupDetails sup_details, boolean inwardSuppliesTracked,
                     String note) {

    public record SupDetails(Amounts osup_det, Amounts osup_zero, Amounts osup_nil_exmp, Amounts isup_rev,
                             Amounts osup_nongst) {
    }

    public record Amounts(BigDecimal txval, BigDecimal iamt, BigDecimal camt, BigDecimal samt, BigDecimal csamt) {
        static Amounts of(long[] paise) {
            return new Amounts(GstRules.rupees(paise[0]), GstRules.rupees(paise[1]), GstRules.rupees(paise[2]),
                    GstRules.rupees(paise[3]), GstRules.rupees(paise[4]));
        }
    }
}
