package dev.bahi.queryprojections.adapter.in.web;

import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.queryprojections.application.port.in.GstReportsUseCase;
import dev.bahi.queryprojections.domain.Gstr1;
import dev.bahi.queryprojections.domain.Gstr3b;
import dev.bahi.queryprojections.domain.SalesRegisterPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** GST returns (GSTR-1, GSTR-3B Table 3.1), the HSN summary and the sales register of the shop. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Reports", description = "Summaries of the shop's days across sales, payments, udhaar and stock")
public class GstReportsController {
    static final String READERS = "hasAnyRole('OWNER', 'MANAGER', 'ACCOUNTANT')";
    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final GstReportsUseCase reports;

    public GstReportsController(GstReportsUseCase reports) {
        this.reports = reports;
    }

    @GetMapping("/gstr1")
    @PreAuthorize(READERS)
    @Operation(summary = "GSTR-1 of a month", description = "Owner, manager or accountant of a regular dealer. The "
            + "GST offline tool's JSON (gstin, fp, b2b, b2cl, b2cs, cdnr, cdnur, nil, hsn, doc_issue; amounts are "
            + "numbers with two decimals, dates dd-mm-yyyy) of the documents dated in the month. `format=xlsx`: one "
            + "sheet per section with a header row; `format=csv&section=b2b|b2cl|b2cs|cdnr|cdnur|nil|hsn|docs`: that "
            + "section as CSV. Both as attachments named GSTR1_<gstin>_<MMYYYY>.")
    @ApiResponse(responseCode = "200", description = "the return")
    @ApiResponse(responseCode = "400", description = "PERIOD_INVALID, FORMAT_UNSUPPORTED, SECTION_REQUIRED, "
            + "SECTION_INVALID with the field at fault")
    @ApiResponse(responseCode = "409", description = "NOT_A_REGULAR_DEALER: composition (CMP-08) or unregistered")
    public ResponseEntity<?> gstr1(
            @Parameter(description = "the month, MMYYYY", example = "112026") @RequestParam(required = false)
            String period,
            @Parameter(description = "json (default), xlsx or csv") @RequestParam(required = false) String format,
            @Parameter(description = "with csv: the section") @RequestParam(required = false) String section) {
        String kind = format == null || format.isBlank() ? "json" : format.trim().toLowerCase(Locale.ROOT);
        if (!kind.equals("json") && !kind.equals("xlsx") && !kind.equals("csv")) {
            throw new RuleViolation("FORMAT_UNSUPPORTED", "format", "format is json, xlsx or csv");
        }
        String sheet = section == null || section.isBlank() ? null : section.trim().toLowerCase(Locale.ROOT);
        if (kind.equals("csv")) {
            if (sheet == null) {
                throw new RuleViolation("SECTION_REQUIRED", "section", "a CSV holds one section: section="
                        + String.join("|", GstrTables.SECTIONS));
            }
            if (!GstrTables.SECTIONS.contains(sheet)) {
                throw new RuleViolation("SECTION_INVALID", "section", "section is one of "
                        + String.join(", ", GstrTables.SECTIONS));
            }
        }
        String tenantId = CurrentPrincipal.tenantId();
        Gstr1 gstr1 = reports.gstr1(tenantId, period);
        if (kind.equals("json")) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(gstr1);
        }
        Map<String, GstrTables.Table> tables = GstrTables.of(gstr1);
        String name = "GSTR1_" + gstr1.gstin() + "_" + gstr1.fp();
        if (kind.equals("xlsx")) {
            return attachment(GstrFiles.xlsx(tables), XLSX, name + ".xlsx");
        }
        GstrTables.Table table = tables.get(sheet);
        return attachment(GstrFiles.csv(table.header(), table.rows()).getBytes(StandardCharsets.UTF_8), CSV,
                name + "_" + sheet + ".csv");
    }

    @GetMapping("/gstr3b")
    @PreAuthorize(READERS)
    @Operation(summary = "GSTR-3B Table 3.1 of a month", description = "Owner, manager or accountant of a regular "
            + "dealer. Outward supplies of the month net of its credit notes: osup_det (rated), osup_nil_exmp (0%), "
            + "osup_zero and osup_nongst (zeros: not made through Bahi), isup_rev (zeros: inward supplies are not "
            + "tracked, said by inwardSuppliesTracked=false and note).")
    @ApiResponse(responseCode = "400", description = "PERIOD_INVALID")
    @ApiResponse(responseCode = "409", description = "NOT_A_REGULAR_DEALER")
    public Gstr3b gstr3b(@Parameter(description = "the month, MMYYYY", example = "112026")
                         @RequestParam(required = false) String period) {
        return reports.gstr3b(CurrentPrincipal.tenantId(), period);
    }

    @GetMapping("/hsn-summary")
    @PreAuthorize(READERS)
    @Operation(summary = "HSN summary of a range", description = "Owner, manager or accountant. Per HSN/SAC, unit "
            + "and rate: quantity, taxable value and taxes of the documents dated from/to (inclusive, at most 366 "
            + "days), credit notes subtracted, cancelled documents left out.")
    @ApiResponse(responseCode = "400", description = "DATE_REQUIRED, DATE_INVALID, DATE_RANGE_INVALID, RANGE_TOO_LONG")
    public HsnSummaryResponse hsnSummary(@RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to) {
        LocalDate first = ReportDates.parse(from, "from");
        LocalDate last = ReportDates.parse(to, "to");
        return HsnSummaryResponse.of(first, last, reports.hsnSummary(CurrentPrincipal.tenantId(), first, last));
    }

    @GetMapping(value = "/sales-register", produces = {MediaType.APPLICATION_JSON_VALUE,
            MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @PreAuthorize(READERS)
    @Operation(summary = "Sales register", description = "Owner, manager or accountant. Every invoice, bill of supply "
            + "and credit note dated from/to (at most 366 days) in order (date, invoices first, number), paged with "
            + "limit (1–200, 50 by default) and cursor. With `Accept: text/csv` the whole range as CSV.")
    @ApiResponse(responseCode = "400", description = "DATE_REQUIRED, DATE_INVALID, DATE_RANGE_INVALID, "
            + "RANGE_TOO_LONG, LIMIT_INVALID, CURSOR_INVALID")
    public SalesRegisterResponse salesRegister(@RequestParam(required = false) String from,
                                               @RequestParam(required = false) String to,
                                               @RequestParam(required = false) Integer limit,
                                               @RequestParam(required = false) String cursor) {
        LocalDate first = ReportDates.parse(from, "from");
        LocalDate last = ReportDates.parse(to, "to");
        SalesRegisterPage page = reports.salesRegister(CurrentPrincipal.tenantId(), first, last, limit, cursor);
        return new SalesRegisterResponse(String.valueOf(first), String.valueOf(last),
                page.documents().stream().map(SalesRegisterResponse.Entry::of).toList(), page.nextCursor());
    }

    @GetMapping(value = "/sales-register", produces = "text/csv")
    @PreAuthorize(READERS)
    @Operation(summary = "Sales register as CSV", description = "With `Accept: text/csv`: the whole range from/to "
            + "(at most 366 days) as one CSV attachment with a header row, in register order.")
    @ApiResponse(responseCode = "400", description = "DATE_REQUIRED, DATE_INVALID, DATE_RANGE_INVALID, RANGE_TOO_LONG")
    public ResponseEntity<byte[]> salesRegisterCsv(@RequestParam(required = false) String from,
                                                   @RequestParam(required = false) String to) {
        LocalDate first = ReportDates.parse(from, "from");
        LocalDate last = ReportDates.parse(to, "to");
        var rows = reports.salesRegisterAll(CurrentPrincipal.tenantId(), first, last).stream()
                .map(d -> SalesRegisterResponse.Entry.of(d).csv()).toList();
        return attachment(GstrFiles.csv(SalesRegisterResponse.CSV_HEADER, rows).getBytes(StandardCharsets.UTF_8),
                CSV, "sales-register_" + first + "_" + last + ".csv");
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(body);
    }
}
