package dev.bahi.sales.adapter.in.web;

import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.sales.api.ListSales;
import dev.bahi.sales.application.port.in.FindSalesUseCase;
import dev.bahi.sales.application.port.in.RecordSaleUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Counter sales: ring one up (stock is issued with it), read them, cancel one before its invoice. */
@RestController
@RequestMapping("/api/v1/sales")
@Tag(name = "Sales", description = "Counter sales with GST worked out per line, to the paisa")
public class SalesController {
    private final RecordSaleUseCase recording;
    private final FindSalesUseCase sales;
    private final SalesWebMapper mapper;

    public SalesController(RecordSaleUseCase recording, FindSalesUseCase sales, SalesWebMapper mapper) {
        this.recording = recording;
        this.sales = sales;
        this.mapper = mapper;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER', 'CASHIER')")
    @Operation(summary = "Record a sale", description = "Prices every line from the catalogue (unit price and "
            + "discount may be given), works out CGST+SGST or IGST per line and the round-off, issues the stock of "
            + "every line or none, and records the sale. Composition and unregistered shops issue bills of supply "
            + "(no tax). A buyer GSTIN makes it B2B; its state (or the delivery state) decides intra/inter-state. "
            + "Accepts an Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Cash sale at the counter", value = """
                            { "lines": [ { "itemId": "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07", "quantity": "2" },
                                         { "itemId": "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b08", "quantity": "0.5",
                                           "discount": "5.00" } ],
                              "payment": { "mode": "CASH" } }"""),
                    @ExampleObject(name = "B2B, split payment", value = """
                            { "lines": [ { "itemId": "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07", "quantity": "10" } ],
                              "customer": { "name": "Patil Healthcare LLP", "gstin": "29AAGCB7383J1Z4",
                                            "address": "4th Cross, Jayanagar, Bengaluru 560041" },
                              "payment": { "mode": "SPLIT", "parts": [ { "mode": "UPI", "amount": "2000.00" },
                                                                       { "mode": "CREDIT", "amount": "850.00" } ] } }""")})))
    @ApiResponse(responseCode = "201", description = "the sale with its lines, taxes, totals, paid and due")
    @ApiResponse(responseCode = "400", description = "e.g. ITEM_NOT_FOUND (lines[i].itemId), QUANTITY_NOT_POSITIVE, "
            + "DISCOUNT_TOO_LARGE, PAYMENT_PARTS_MISMATCH, INTER_STATE_NOT_ALLOWED, UNIT... with the field at fault")
    @ApiResponse(responseCode = "409", description = "INSUFFICIENT_STOCK (strict stock), ITEM_ARCHIVED or "
            + "CREDIT_LIMIT_EXCEEDED; nothing recorded")
    public ResponseEntity<SaleResponse> record(@Valid @RequestBody SaleRequest request) {
        String overriddenBy = null;
        if (request.payment() != null && Boolean.TRUE.equals(request.payment().overrideCreditLimit())) {
            var principal = CurrentPrincipal.get();
            if (!principal.hasRole("OWNER") && !principal.hasRole("MANAGER")) {
                throw new AccessRefused(AccessRefused.Kind.FORBIDDEN, "FORBIDDEN",
                        "only an owner or manager may let a sale pass a customer's credit limit");
            }
            overriddenBy = principal.userId();
        }
        SaleResponse sale = mapper.toResponse(recording.record(CurrentPrincipal.tenantId(), mapper.toInput(request),
                overriddenBy));
        return ResponseEntity.created(URI.create("/api/v1/sales/" + sale.id())).body(sale);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One sale")
    @ApiResponse(responseCode = "200", description = "the sale")
    @ApiResponse(responseCode = "404", description = "no such sale in your shop (code SALE_NOT_FOUND)")
    public SaleResponse sale(@PathVariable String id) {
        return sales.find(CurrentPrincipal.tenantId(), id).map(mapper::toResponse)
                .orElseThrow(() -> new NotFound("SALE_NOT_FOUND", "sale " + id + " not found"));
    }

    @GetMapping
    @Operation(summary = "List sales", description = "In the order they were made; from/to are business dates "
            + "(the shop's time zone), inclusive.")
    @ApiResponse(responseCode = "200", description = "a page of sales")
    public SalePageResponse list(
            @Parameter(example = "2026-11-01") @RequestParam(required = false) String from,
            @Parameter(example = "2026-11-30") @RequestParam(required = false) String to,
            @RequestParam(required = false) String customerId,
            @Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        return mapper.toResponse(sales.list(new ListSales(CurrentPrincipal.tenantId(), from, to, customerId, limit, cursor)));
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Operation(summary = "Cancel a sale", description = "Owner or manager, before the invoice is issued: the sale "
            + "is marked CANCELLED and its stock goes back (SALE_REVERSED movements).")
    @ApiResponse(responseCode = "200", description = "the sale, CANCELLED")
    @ApiResponse(responseCode = "404", description = "no such sale in your shop (code SALE_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "SALE_ALREADY_CANCELLED or SALE_INVOICED")
    public SaleResponse cancel(@PathVariable String id, @Valid @RequestBody CancelSaleRequest request) {
        return mapper.toResponse(recording.cancel(CurrentPrincipal.tenantId(), id, request.reason()));
    }
}
