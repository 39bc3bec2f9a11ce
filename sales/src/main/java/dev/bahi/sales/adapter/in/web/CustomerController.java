package dev.bahi.sales.adapter.in.web;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.sales.api.ListCustomers;
import dev.bahi.sales.application.port.in.FindCustomersUseCase;
import dev.bahi.sales.application.port.in.ManageCustomersUseCase;
import dev.bahi.sales.application.port.in.StatementUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The shop's customers and their udhaar khata. Everyone at the counter may add a customer and every role reads;
 * owners and managers change customers and correct balances.
 */
@RestController
@RequestMapping("/api/v1/customers")
@Tag(name = "Customers", description = "Customers and their khata: credit sales, repayments, returns and "
        + "adjustments, each with the running balance")
public class CustomerController {
    static final String MANAGERS = "hasAnyRole('OWNER', 'MANAGER')";
    static final String COUNTER = "hasAnyRole('OWNER', 'MANAGER', 'CASHIER')";

    private final ManageCustomersUseCase manage;
    private final FindCustomersUseCase customers;
    private final CustomerWebMapper mapper;
    private final StatementUseCase statements;

    public CustomerController(ManageCustomersUseCase manage, FindCustomersUseCase customers, CustomerWebMapper mapper,
                              StatementUseCase statements) {
        this.manage = manage;
        this.customers = customers;
        this.mapper = mapper;
        this.statements = statements;
    }

    @PostMapping
    @PreAuthorize(COUNTER)
    @Operation(summary = "Add a customer", description = "Owner, manager or cashier. The mobile number is kept in "
            + "E.164 and is unique within the shop. An opening balance (what the paper bahi says they owe; negative "
            + "for an advance) becomes the khata's first entry, dated today in the shop's time zone. Accepts an "
            + "Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "With a credit limit", value = """
                            { "name": "Meena Patil", "phone": "9822012345", "creditLimit": "5000.00" }"""),
                    @ExampleObject(name = "Business, moving from the paper bahi", value = """
                            { "name": "Patil Healthcare LLP", "phone": "+91 98220 12345",
                              "gstin": "27AAPFU0939F1ZV", "address": "Shivaji Nagar, Pune 411005",
                              "openingBalance": "1250.00" }""")})))
    @ApiResponse(responseCode = "201", description = "the customer with the balance they owe")
    @ApiResponse(responseCode = "400", description = "e.g. PHONE_INVALID, GSTIN_INVALID, GSTIN_STATE_MISMATCH, "
            + "AMOUNT_NEGATIVE (creditLimit), NAME_REQUIRED, with the field at fault")
    @ApiResponse(responseCode = "409", description = "the phone is already a customer of the shop (code PHONE_TAKEN)")
    public ResponseEntity<CustomerResponse> create(@Valid @RequestBody CustomerRequest request) {
        CustomerResponse customer = mapper.toResponse(manage.open(CurrentPrincipal.tenantId(), mapper.toInput(request)));
        return ResponseEntity.created(URI.create("/api/v1/customers/" + customer.id())).body(customer);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One customer, with what they owe")
    @ApiResponse(responseCode = "200", description = "the customer")
    @ApiResponse(responseCode = "404", description = "no such customer in your shop (code CUSTOMER_NOT_FOUND)")
    public CustomerResponse customer(@PathVariable String id) {
        return customers.find(CurrentPrincipal.tenantId(), id).map(mapper::toResponse)
                .orElseThrow(() -> new NotFound("CUSTOMER_NOT_FOUND", "customer " + id + " not found"));
    }

    @GetMapping
    @Operation(summary = "Search and list customers", description = "In the order they were added. q matches the "
            + "name (anywhere, any case) or the digits of the phone.")
    @ApiResponse(responseCode = "200", description = "a page of customers")
    public CustomerPageResponse list(
            @Parameter(description = "name or phone digits", example = "meena") @RequestParam(required = false) String q,
            @Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        return mapper.toResponse(customers.list(new ListCustomers(CurrentPrincipal.tenantId(), q, limit, cursor)));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Change a customer", description = "Owner or manager. Fields left out stay as they are; an "
            + "empty string removes gstin, stateCode, address or creditLimit. A new GSTIN without a stateCode brings "
            + "its own state. The opening balance does not change: record an adjustment.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "New number, higher limit", value = """
                            { "phone": "98220 99999", "creditLimit": "8000.00" }"""),
                    @ExampleObject(name = "No limit any more", value = """
                            { "creditLimit": "" }""")})))
    @ApiResponse(responseCode = "200", description = "the customer after the change")
    @ApiResponse(responseCode = "400", description = "a rule is broken, with the field at fault")
    @ApiResponse(responseCode = "404", description = "no such customer in your shop (code CUSTOMER_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "the new phone is another customer's (code PHONE_TAKEN)")
    public CustomerResponse update(@PathVariable String id, @Valid @RequestBody CustomerRequest request) {
        return mapper.toResponse(manage.update(CurrentPrincipal.tenantId(), id, mapper.toInput(request)));
    }

    @PostMapping("/{id}/adjustments")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Correct a khata by hand", description = "Owner or manager. A new entry, never a change to "
            + "an old one: a positive amount adds to what the customer owes, a negative one takes off; the reason "
            + "is kept. Dated today in the shop's time zone.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Write off paise at settlement", value = """
                            { "amount": "-50.00", "reason": "Rounded off at settlement" }"""),
                    @ExampleObject(name = "A bill missed in the paper bahi", value = """
                            { "amount": "120.00", "reason": "Bill 47 of 3 Nov missed in the bahi" }""")})))
    @ApiResponse(responseCode = "201", description = "the khata entry with the balance after it")
    @ApiResponse(responseCode = "400", description = "AMOUNT_ZERO, AMOUNT_INVALID, REASON_REQUIRED, with the field")
    @ApiResponse(responseCode = "404", description = "no such customer in your shop (code CUSTOMER_NOT_FOUND)")
    public ResponseEntity<LedgerResponse.Entry> adjust(@PathVariable String id,
                                                       @Valid @RequestBody AdjustmentRequest request) {
        LedgerResponse.Entry entry = mapper.toEntry(manage.adjust(CurrentPrincipal.tenantId(), id,
                mapper.toInput(request)));
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/ledger?from=" + entry.date() + "&to="
                + entry.date())).body(entry);
    }

    @GetMapping("/{id}/ledger")
    @Operation(summary = "A customer's khata", description = "Entries dated from..to (business dates, both "
            + "included, either may be left out), oldest first, each with the balance after it; openingBalance is "
            + "what was owed before from, closingBalance what was owed at the end of to.")
    @ApiResponse(responseCode = "200", description = "the khata for the range")
    @ApiResponse(responseCode = "400", description = "DATE_INVALID or DATE_RANGE_INVALID, with the field")
    @ApiResponse(responseCode = "404", description = "no such customer in your shop (code CUSTOMER_NOT_FOUND)")
    public LedgerResponse ledger(@PathVariable String id,
            @Parameter(example = "2026-11-01") @RequestParam(required = false) String from,
            @Parameter(example = "2026-11-30") @RequestParam(required = false) String to) {
        return mapper.toResponse(customers.ledger(CurrentPrincipal.tenantId(), id, from, to));
    }

    @GetMapping(value = "/{id}/statement.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A customer's khata statement (PDF)", description = "The khata of the ledger for the same "
            + "from..to, printed on A4 under the shop's letterhead: opening balance, every entry with its running "
            + "balance, totals, closing balance and, when something is owed, the amount in words and a UPI QR for it "
            + "(when the shop has a UPI id). Drawn afresh on every call.")
    @ApiResponse(responseCode = "200", description = "the PDF")
    @ApiResponse(responseCode = "400", description = "DATE_INVALID or DATE_RANGE_INVALID, with the field")
    @ApiResponse(responseCode = "404", description = "no such customer in your shop (code CUSTOMER_NOT_FOUND)")
    public ResponseEntity<byte[]> statement(@PathVariable String id,
            @Parameter(example = "2026-11-01") @RequestParam(required = false) String from,
            @Parameter(example = "2026-11-30") @RequestParam(required = false) String to) {
        byte[] pdf = statements.statementPdf(CurrentPrincipal.tenantId(), id, from, to);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("statement-" + id + ".pdf").build().toString())
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
