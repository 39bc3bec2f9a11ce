package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.queryprojections.application.UdhaarBalanceService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Who owes the shop what, and for how long: every khata aged at the end of a date. */
@RestController
@RequestMapping("/api/v1/reports/udhaar-balances")
@Tag(name = "Reports", description = "Summaries of the shop's days across sales, payments, udhaar and stock")
public class UdhaarBalancesController {
    private final UdhaarBalanceService balances;

    public UdhaarBalancesController(UdhaarBalanceService balances) {
        this.balances = balances;
    }

    @GetMapping
    @PreAuthorize(DailySummaryController.READERS)
    @Operation(summary = "Udhaar balances", description = "Owner, manager or accountant. Every customer's balance at "
            + "the end of asOf (today in the shop's time zone by default; any past date), its unpaid part by days "
            + "since the bill (0-30, 31-60, 61-90, over 90; payments and other credits settle the oldest bills "
            + "first, a cancelled sale takes its own bill away), customers with the oldest unpaid bill first, and "
            + "totals; negative balances are advances, totalled apart.")
    @ApiResponse(responseCode = "200", description = "the khatas and their totals")
    @ApiResponse(responseCode = "400", description = "DATE_INVALID or DATE_IN_FUTURE (field asOf)")
    @ApiResponse(responseCode = "403", description = "a cashier (code FORBIDDEN)")
    @ApiResponse(responseCode = "503", description = "PROJECTION_REBUILDING: the read model is being rebuilt")
    public UdhaarBalancesResponse balances(@Parameter(description = "the business date; today by default",
            example = "2026-11-25") @RequestParam(required = false) String asOf) {
        return UdhaarBalancesResponse.of(balances.balances(CurrentPrincipal.tenantId(),
                ReportDates.parse(asOf, "asOf")));
    }
}
