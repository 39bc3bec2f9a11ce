package dev.bahi.queryprojections.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/** The return rules the GST reports follow (india-retail.md §4 and §6). */
public final class GstRules {
    /** Notification 12/2024-CT: the B2CL threshold fell from ₹2,50,000 to ₹1,00,000 for invoices from 1 August 2024. */
    public static final LocalDate B2CL_LOWER_FROM = LocalDate.of(2024, 8, 1);
    public static final long B2CL_ABOVE = 1_00_000_00L;
    public static final long B2CL_ABOVE_BEFORE = 2_50_000_00L;
    /** GSTR-1 Table 12 reports HSN in separate B2B and B2C tabs from the May 2025 period. */
    public static final YearMonth HSN_SPLIT_FROM = YearMonth.of(2025, 5);

    private GstRules() {
    }

    /** Whether an inter-state invoice of {@code value} paise to an unregistered buyer, dated {@code date}, is B2CL. */
    public static boolean b2clInvoice(long value, LocalDate date) {
        return value > (date.isBefore(B2CL_LOWER_FROM) ? B2CL_ABOVE_BEFORE : B2CL_ABOVE);
    }

    /** Rupees with two decimals, as the GST portal's JSON writes numbers. */
    public static BigDecimal rupees(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }

    /** The unit quantity code of a line: services are {@code NA}, a missing code {@code OTH}. */
    public static String uqc(String hsn, String uqc) {
        if (hsn != null && hsn.startsWith("99")) {
            return "NA";
        }
        return uqc == null || uqc.isBlank() ? "OTH" : uqc;
    }
}
