package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.queryprojections.application.StockSummaryService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Stock in and out of every item over a period, for the shop's books. */
@RestController
@RequestMapping("/api/v1/reports/stock-summary")
@Tag(name = "Reports", description = "Summaries of the shop's days across sales, payments, udhaar and stock")
public class StockSummaryController {
    private final StockSummaryService stock;

    public StockSummaryController(StockSummaryService stock) {
        this.stock = stock;
    }

    @GetMapping
    @PreAuthorize(DailySummaryController.READERS)
    @Operation(summary = "Stock summary", description = "Owner, manager or accountant. Business dates from and to "
            + "(inclusive, the shop's time zone; today by default; at most 366 days): per item the opening, in "
            + "(received, returned, counted up), out (sold, written off, counted down) and closing quantity in its "
            + "unit, valued at the latest purchase price known at the end of the period.")
    @ApiResponse(responseCode = "200", description = "items with movements or stock in the period, and totals")
    @ApiResponse(responseCode = "400", description = "DATE_INVALID (from or to), DATE_RANGE_INVALID, RANGE_TOO_LONG")
    @ApiResponse(responseCode = "403", description = "a cashier (code FORBIDDEN)")
    @ApiResponse(responseCode = "503", description = "PROJECTION_REBUILDING: the read model is being rebuilt")
    public StockSummaryResponse summary(
            @Parameter(example = "2026-11-01") @RequestParam(required = false) String from,
            @Parameter(example = "2026-11-30") @RequestParam(required = false) String to) {
        return StockSummaryResponse.of(stock.summary(CurrentPrincipal.tenantId(), ReportDates.parse(from, "from"),
                ReportDates.parse(to, "to")));
    }
}
