package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.queryprojections.application.port.in.DailySummaryUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shop's day at a glance (sales, GST, returns, money in by method, udhaar, best sellers, low stock). */
@RestController
@RequestMapping("/api/v1/reports/daily-summary")
@Tag(name = "Reports", description = "Summaries of the shop's days across sales, payments, udhaar and stock")
public class DailySummaryController {
    static final String READERS = "hasAnyRole('OWNER', 'MANAGER', 'ACCOUNTANT')";

    private final DailySummaryUseCase summaries;

    public DailySummaryController(DailySummaryUseCase summaries) {
        this.summaries = summaries;
    }

    @GetMapping
    @PreAuthorize(READERS)
    @Operation(summary = "Daily summary", description = "Owner, manager or accountant. With `date` (or nothing: "
            + "today in the shop's time zone) one business date: sales not cancelled (count, gross after discounts "
            + "with GST, discounts, taxable value, CGST/SGST/IGST/cess), credit notes of the day, net (gross less "
            + "returns), money received by method less refunds (a counter sale's cash/UPI/card parts once), udhaar "
            + "given and repaid, the five best sellers and the items that went low on stock. With `from` and `to` "
            + "(inclusive, at most 92 days) `{from, to, days[]}`: one such summary per day. A day without activity "
            + "gives zeros.")
    @ApiResponse(responseCode = "200", description = "one day, or one per day of the range", content = @Content(
            schema = @Schema(oneOf = {DailySummaryResponse.class, DailySummaryRangeResponse.class})))
    @ApiResponse(responseCode = "400", description = "DATE_INVALID, DATE_REQUIRED, DATE_RANGE_INVALID, "
            + "RANGE_TOO_LONG or DATE_WITH_RANGE (date together with from/to), with the field at fault")
    @ApiResponse(responseCode = "403", description = "a cashier (code FORBIDDEN)")
    public Object dailySummary(
            @Parameter(description = "the business date; today by default", example = "2026-11-25")
            @RequestParam(required = false) String date,
            @Parameter(description = "first business date of a range", example = "2026-11-01")
            @RequestParam(required = false) String from,
            @Parameter(description = "last business date of a range", example = "2026-11-30")
            @RequestParam(required = false) String to) {
        String tenantId = CurrentPrincipal.tenantId();
        boolean range = given(from) || given(to);
        if (given(date) && range) {
            throw new RuleViolation("DATE_WITH_RANGE", "date", "ask for one date or for a range from/to, not both");
        }
        if (!range) {
            return DailySummaryResponse.of(summaries.summary(tenantId, ReportDates.parse(date, "date")));
        }
        LocalDate first = ReportDates.parse(from, "from");
        LocalDate last = ReportDates.parse(to, "to");
        return DailySummaryRangeResponse.of(String.valueOf(first), String.valueOf(last),
                summaries.summaries(tenantId, first, last));
    }

    private static boolean given(String raw) {
        return raw != null && !raw.isBlank();
    }
}
