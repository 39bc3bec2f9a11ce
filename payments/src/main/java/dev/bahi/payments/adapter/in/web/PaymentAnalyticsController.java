package dev.bahi.payments.adapter.in.web;

import dev.bahi.payments.api.PaymentAnalyticsGrouping;
import dev.bahi.payments.application.port.in.PaymentAnalyticsUseCase;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Counts and amounts of the shop's payments by day or by method, for the owner, a manager or the accountant. */
@RestController
@RequestMapping("/api/v1/payments/analytics")
@Tag(name = "Payments", description = "UPI, cash, card and bank payments against sales and khatas, with refunds")
public class PaymentAnalyticsController {
    static final String READERS = "hasAnyRole('OWNER', 'MANAGER', 'ACCOUNTANT')";

    private final PaymentAnalyticsUseCase analytics;

    public PaymentAnalyticsController(PaymentAnalyticsUseCase analytics) {
        this.analytics = analytics;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Payment analytics", description = "Owner, manager or accountant. Payments recorded between "
            + "two business dates (inclusive; by default the last 30 days up to today in the shop's time zone, at "
            + "most 366 days): how many, for how much, how much came in, was refunded and is left, how many are "
            + "pending or failed; then the same by day or by method, with a count per status.")
    @ApiResponse(responseCode = "200", description = "totals and groups")
    @ApiResponse(responseCode = "400", description = "DATE_INVALID, DATE_RANGE_INVALID, RANGE_TOO_LONG or "
            + "GROUP_BY_INVALID, with the field at fault")
    @ApiResponse(responseCode = "403", description = "a cashier (code FORBIDDEN)")
    public PaymentAnalyticsResponse analytics(
            @Parameter(description = "first business date", example = "2026-11-01") @RequestParam(required = false) String from,
            @Parameter(description = "last business date", example = "2026-11-30") @RequestParam(required = false) String to,
            @Parameter(description = "day (default) or method") @RequestParam(required = false) String groupBy) {
        return PaymentAnalyticsResponse.of(analytics.analytics(CurrentPrincipal.tenantId(), date(from, "from"),
                date(to, "to"), grouping(groupBy)));
    }

    private static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("DATE_INVALID", field, field + " is a date such as 2026-11-25");
        }
    }

    private static PaymentAnalyticsGrouping grouping(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return PaymentAnalyticsGrouping.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("GROUP_BY_INVALID", "groupBy", "groupBy is day or method");
        }
    }
}
