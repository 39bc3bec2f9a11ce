package dev.bahi.platform.kernel;

import java.time.LocalDate;

/** India's financial year, 1 April to 31 March, named by its years: "2025-26"; on documents "25-26". */
public record FinancialYear(int startYear) {
    public static FinancialYear of(LocalDate date) {
        return new FinancialYear(date.getMonthValue() >= 4 ? date.getYear() : date.getYear() - 1);
    }

    public LocalDate firstDay() {
        return LocalDate.of(startYear, 4, 1);
    }

    public LocalDate lastDay() {
        return LocalDate.of(startYear + 1, 3, 31);
    }

    /** "25-26", as invoice numbers print it. */
    public String shortName() {
        return String.format("%02d-%02d", startYear % 100, (startYear + 1) % 100);
    }

    @Override
    public String toString() {
        return String.format("%d-%02d", startYear, (startYear + 1) % 100);
    }
}
