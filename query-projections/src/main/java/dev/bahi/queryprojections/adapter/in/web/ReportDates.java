package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.kernel.RuleViolation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Business dates in report parameters: yyyy-MM-dd, absent when blank, 400 DATE_INVALID naming the field. */
final class ReportDates {
    private ReportDates() {
    }

    static LocalDate parse(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("DATE_INVALID", field, field + " is a date such as 2026-11-25");
        }
    }
}
