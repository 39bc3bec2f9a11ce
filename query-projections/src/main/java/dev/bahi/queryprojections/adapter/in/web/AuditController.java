package dev.bahi.queryprojections.adapter.in.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.queryprojections.application.port.in.AuditTrailUseCase;
import dev.bahi.queryprojections.application.port.out.AuditTrailStore.Filter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's audit history: every event in the order it happened, who did it and in which request, with a hash chain
 * that {@code /verify} recomputes from the event store. Corrections are new events, never edits: the history shows
 * both.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The shop's complete, hash-chained event history and its verification")
public class AuditController {
    static final String READERS = "hasAnyRole('OWNER', 'ACCOUNTANT')";
    static final String NDJSON = "application/x-ndjson";
    static final String CSV = "text/csv";
    static final int DEFAULT_LIMIT = 100;
    static final int MAX_LIMIT = 1000;
    /** Dates without a time are days in the shop's default time zone. */
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Kolkata");
    private static final String[] CSV_HEADER = {"position", "eventId", "eventType", "eventName", "aggregateType",
        "aggregateId", "sequenceNumber", "timestamp", "userId", "traceId", "payload", "payloadSha256", "previousHash",
        "hash"};

    private final AuditTrailUseCase audit;
    private final ObjectMapper json;

    public AuditController(AuditTrailUseCase audit, ObjectMapper json) {
        this.audit = audit;
        this.json = json;
    }

    @GetMapping(value = "/events", produces = {MediaType.APPLICATION_JSON_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @PreAuthorize(READERS)
    @Operation(summary = "Audit history", description = "Owner or accountant. The shop's events oldest first: type, "
            + "aggregate, sequence, time, the user and trace that caused it, the payload with secrets redacted, its "
            + "position and hash. Paged with limit (1–1000, default 100) and cursor. Ask for application/x-ndjson or "
            + "text/csv to stream the whole filtered history instead.")
    @ApiResponse(responseCode = "400", description = "DATE_INVALID, RANGE_INVALID, LIMIT_INVALID or CURSOR_INVALID")
    @ApiResponse(responseCode = "403", description = "a cashier or manager (code FORBIDDEN)")
    @ApiResponse(responseCode = "503", description = "PROJECTION_REBUILDING")
    public AuditPageResponse events(
            @Parameter(description = "from (inclusive): an instant or a date", example = "2026-11-01")
            @RequestParam(required = false) String from,
            @Parameter(description = "to: an instant (exclusive) or a date (inclusive)", example = "2026-11-30")
            @RequestParam(required = false) String to,
            @RequestParam(required = false) String aggregateType,
            @RequestParam(required = false) String aggregateId,
            @Parameter(description = "simple or full name", example = "SaleRecorded")
            @RequestParam(required = false) String eventType,
            @RequestParam(required = false) String limit,
            @RequestParam(required = false) String cursor) {
        Filter filter = filter(from, to, aggregateType, aggregateId, eventType);
        AuditTrailUseCase.Page page = audit.page(filter, after(cursor), limit(limit));
        return new AuditPageResponse(page.entries().stream().map(AuditEntryResponse::of).toList(),
                page.nextAfter() == null ? null : cursorAfter(page.nextAfter()));
    }

    /**
     * Written straight onto the response on the request's own thread and flushed every 1,000 lines: a
     * StreamingResponseBody would finish in an async dispatch, which the platform's security filter chain refuses.
     */
    @GetMapping(value = "/events", produces = NDJSON)
    @PreAuthorize(READERS)
    @Operation(summary = "Audit history as NDJSON", description = "The whole filtered history, one entry per line")
    public void ndjson(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String aggregateType,
            @RequestParam(required = false) String aggregateId, @RequestParam(required = false) String eventType,
            HttpServletResponse response) throws IOException {
        Filter filter = filter(from, to, aggregateType, aggregateId, eventType);
        audit.requireCurrent();
        response.setContentType(NDJSON);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16);
        long[] count = {0};
        audit.export(filter, entry -> {
            try {
                writer.write(json.writeValueAsString(AuditEntryResponse.of(entry)));
                writer.write('\n');
                if (++count[0] % 1000 == 0) {
                    writer.flush();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        writer.flush();
    }

    @GetMapping(value = "/events", produces = CSV)
    @PreAuthorize(READERS)
    @Operation(summary = "Audit history as CSV", description = "The whole filtered history; the payload as a JSON column")
    public void csv(@RequestParam(required = false) String from,
            @RequestParam(required = false) String to, @RequestParam(required = false) String aggregateType,
            @RequestParam(required = false) String aggregateId, @RequestParam(required = false) String eventType,
            HttpServletResponse response) throws IOException {
        Filter filter = filter(from, to, aggregateType, aggregateId, eventType);
        audit.requireCurrent();
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"audit.csv\"");
        Writer writer = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8),
                1 << 16);
        CSVPrinter printer = new CSVPrinter(writer, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).build());
        long[] count = {0};
        audit.export(filter, e -> {
            try {
                printer.printRecord(e.position(), e.eventId(), e.eventType(), e.eventName(), e.aggregateType(),
                        e.aggregateId(), e.sequenceNumber(), e.timestamp(), e.userId(), e.traceId(), e.payload(),
                        e.payloadSha256(), e.previousHash(), e.hash());
                if (++count[0] % 1000 == 0) {
                    printer.flush();
                }
            } catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        });
        printer.flush();
    }

    @GetMapping("/verify")
    @PreAuthorize(READERS)
    @Operation(summary = "Verify the audit chain", description = "Owner or accountant. Recomputes every hash of the "
            + "shop's chain from the events in the event store and compares it with the stored one. from/to are "
            + "positions (inclusive) or dates/instants; by default the whole history.")
    @ApiResponse(responseCode = "200", description = "{verified: true, entries, firstPosition, lastPosition, headHash} "
            + "or {verified: false, firstMismatch: {position, eventId, expectedHash, storedHash, reason}} with reason "
            + "EVENT_CHANGED, EVENT_MISSING or CHAIN_BROKEN")
    @ApiResponse(responseCode = "400", description = "DATE_INVALID or RANGE_INVALID")
    public AuditVerificationResponse verify(@RequestParam(required = false) String from,
                                            @RequestParam(required = false) String to) {
        String tenantId = CurrentPrincipal.tenantId();
        Long first = null;
        Long last = null;
        boolean positions = (from == null || isNumber(from)) && (to == null || isNumber(to));
        if (positions) {
            first = from == null ? null : Long.parseLong(from.trim());
            last = to == null ? null : Long.parseLong(to.trim());
            if ((first != null && first < 1) || (last != null && last < 1)) {
                throw new RuleViolation("RANGE_INVALID", first != null && first < 1 ? "from" : "to",
                        "positions start at 1");
            }
            if (first != null && last != null && first > last) {
                throw new RuleViolation("RANGE_INVALID", "from", "from is at or before to");
            }
        } else {
            Filter filter = filter(from, to, null, null, null);
            first = audit.firstPosition(filter).orElse(null);
            last = audit.lastPosition(filter).orElse(null);
            if (first == null || last == null) {
                return AuditVerificationResponse.of(dev.bahi.queryprojections.application.AuditVerification.empty());
            }
        }
        return AuditVerificationResponse.of(audit.verify(tenantId, first, last));
    }

    private static boolean isNumber(String raw) {
        return raw.trim().matches("\\d{1,18}");
    }

    private static Filter filter(String from, String to, String aggregateType, String aggregateId, String eventType) {
        Instant start = instant(from, "from", false);
        Instant end = instant(to, "to", true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new RuleViolation("RANGE_INVALID", "from", "from is before to");
        }
        return new Filter(CurrentPrincipal.tenantId(), null, null, start, end, blankToNull(aggregateType),
                blankToNull(aggregateId), blankToNull(eventType));
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }

    /** An instant as given, or a date: its start ({@code from}) or the start of the next day ({@code to}). */
    private static Instant instant(String raw, String field, boolean end) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String value = raw.trim();
        try {
            if (value.length() == 10) {
                LocalDate date = LocalDate.parse(value);
                return (end ? date.plusDays(1) : date).atStartOfDay(SHOP_ZONE).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("DATE_INVALID", field,
                    field + " is a date such as 2026-11-25 or an instant such as 2026-11-25T04:30:00Z");
        }
    }

    private static int limit(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(raw.trim());
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new RuleViolation("LIMIT_INVALID", "limit", "limit must be between 1 and " + MAX_LIMIT);
    }

    private static long after(String cursor) {
        if (cursor == null || cursor.isBlank()) {
            return 0;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(cursor.trim()), StandardCharsets.UTF_8);
            if (decoded.startsWith("audit:")) {
                long position = Long.parseLong(decoded.substring(6));
                if (position >= 0) {
                    return position;
                }
            }
        } catch (IllegalArgumentException e) {
            // answered below
        }
        throw new RuleViolation("CURSOR_INVALID", "cursor", "cursor is not one this API handed out");
    }

    private static String cursorAfter(long position) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString(("audit:" + position).getBytes(StandardCharsets.UTF_8));
    }

}
