package dev.bahi.inventory.adapter.in.web;

import dev.bahi.inventory.application.StockService;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.application.port.in.FindItemsUseCase;
import dev.bahi.inventory.application.port.in.InventorySettingsUseCase;
import dev.bahi.inventory.application.port.in.RecordStockUseCase;
import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Set;
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
 * Stock: movements on one item, its history with running balance, stock at a past moment, the shop's stock
 * valuation and its stock settings. Cashiers record what happens at the counter and door (sales, returns,
 * received goods); opening stock, counts and write-offs are for owners and managers.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Stock", description = "Stock movements with reasons, history with running balance, valuation")
public class StockController {
    static final Set<StockMovementKind> MANAGER_KINDS =
            EnumSet.of(StockMovementKind.OPENING, StockMovementKind.COUNT, StockMovementKind.WRITE_OFF,
                    StockMovementKind.SALE_REVERSED);

    private final RecordStockUseCase stock;
    private final FindItemsUseCase items;
    private final InventorySettingsUseCase settings;
    private final InventoryWebMapper mapper;

    public StockController(RecordStockUseCase stock, FindItemsUseCase items, InventorySettingsUseCase settings,
                           InventoryWebMapper mapper) {
        this.stock = stock;
        this.items = items;
        this.settings = settings;
        this.mapper = mapper;
    }

    @PostMapping("/items/{id}/stock-movements")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER', 'CASHIER')")
    @Operation(summary = "Record a stock movement", description = "OPENING (before any other movement), RECEIVED "
            + "(with supplier and purchase price), SALE, SALE_RETURN, WRITE_OFF (note required), COUNT (quantity = "
            + "counted; the difference is recorded). Quantities are positive, in the item's unit or a convertible one. "
            + "Opening stock, counts and write-offs need an owner or manager. Accepts an Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Goods received", value = """
                            { "kind": "RECEIVED", "quantity": "50", "purchasePrice": "250.00",
                              "supplier": "Gupta Distributors", "note": "Invoice 881" }"""),
                    @ExampleObject(name = "Loose sale in grams", value = """
                            { "kind": "SALE", "quantity": "250", "unit": "G" }"""),
                    @ExampleObject(name = "Physical count", value = """
                            { "kind": "COUNT", "quantity": "38", "note": "Monthly count" }""")})))
    @ApiResponse(responseCode = "201", description = "the movement with the balance after it")
    @ApiResponse(responseCode = "400", description = "e.g. QUANTITY_NOT_POSITIVE, UNIT_INCOMPATIBLE, UNIT_UNKNOWN, KIND_UNKNOWN")
    @ApiResponse(responseCode = "404", description = "no such item in your shop (code ITEM_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "INSUFFICIENT_STOCK (strict stock), ITEM_ARCHIVED, "
            + "OPENING_STOCK_AFTER_MOVEMENTS")
    public ResponseEntity<StockMovementResponse> record(@PathVariable String id,
                                                        @Valid @RequestBody StockMovementRequest request) {
        StockMovementResponse movement = recordMovement(id, request);
        return ResponseEntity.created(URI.create("/api/v1/items/" + id + "/stock-movements/" + movement.id()))
                .body(movement);
    }

    @PatchMapping("/items/{id}/stock")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER', 'CASHIER')")
    @Operation(summary = "Change an item's stock", description = "The same as recording a stock movement, for "
            + "clients that patch stock after a sale: { \"kind\": \"SALE\", \"quantity\": \"2\" }.")
    @ApiResponse(responseCode = "200", description = "the movement with the balance after it")
    @ApiResponse(responseCode = "404", description = "no such item in your shop (code ITEM_NOT_FOUND)")
    public StockMovementResponse patchStock(@PathVariable String id, @Valid @RequestBody StockMovementRequest request) {
        return recordMovement(id, request);
    }

    @GetMapping("/items/{id}/stock-movements")
    @Operation(summary = "An item's stock history", description = "Oldest first, each movement with the balance after it.")
    @ApiResponse(responseCode = "200", description = "a page of movements")
    @ApiResponse(responseCode = "404", description = "no such item in your shop (code ITEM_NOT_FOUND)")
    public StockMovementPageResponse history(@PathVariable String id,
            @Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        return mapper.toResponse(items.movements(CurrentPrincipal.tenantId(), id, limit, cursor));
    }

    @GetMapping("/items/{id}/stock")
    @Operation(summary = "Stock on hand, now or at a past moment",
            description = "With asOf, the balance after the last movement at or before that instant, and that movement.")
    @ApiResponse(responseCode = "200", description = "the stock level")
    @ApiResponse(responseCode = "404", description = "no such item in your shop (code ITEM_NOT_FOUND)")
    public StockLevelResponse level(@PathVariable String id,
            @Parameter(description = "an instant, ISO-8601 UTC", example = "2026-11-24T18:30:00Z")
            @RequestParam(required = false) String asOf) {
        return mapper.toResponse(items.level(CurrentPrincipal.tenantId(), id, instant(asOf)));
    }

    @GetMapping("/stock/valuation")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER', 'ACCOUNTANT')")
    @Operation(summary = "Stock valuation", description = "On-hand quantity and value at the latest purchase price "
            + "per active item, with shop totals. Owner, manager or accountant.")
    @ApiResponse(responseCode = "200", description = "totals and a page of items")
    public StockValuationResponse valuation(
            @Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        return mapper.toResponse(items.valuation(CurrentPrincipal.tenantId(), limit, cursor));
    }

    @GetMapping("/inventory/settings")
    @Operation(summary = "Your shop's stock settings")
    @ApiResponse(responseCode = "200", description = "the settings")
    public SettingsResponse settings() {
        return mapper.toResponse(settings.settings(CurrentPrincipal.tenantId()));
    }

    @PatchMapping("/inventory/settings")
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Change your shop's stock settings", description = "Owner only. strictStock: refuse sales "
            + "and write-offs that would take stock below zero (off by default: the sale happened).")
    @ApiResponse(responseCode = "200", description = "the settings after the change")
    public SettingsResponse changeSettings(@Valid @RequestBody SettingsRequest request) {
        return mapper.toResponse(settings.change(CurrentPrincipal.tenantId(), request.strictStock()));
    }

    private StockMovementResponse recordMovement(String id, StockMovementRequest request) {
        StockMovementKind kind = StockService.kind(request.kind());
        if (MANAGER_KINDS.contains(kind) && !CurrentPrincipal.get().hasRole("OWNER")
                && !CurrentPrincipal.get().hasRole("MANAGER")) {
            throw new AccessRefused(AccessRefused.Kind.FORBIDDEN, "FORBIDDEN",
                    kind + " movements need an owner or manager");
        }
        return mapper.toResponse(stock.record(CurrentPrincipal.tenantId(), id, mapper.toInput(request)));
    }

    private static Instant instant(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("AS_OF_INVALID", "asOf", "asOf is an ISO-8601 instant such as 2026-11-24T18:30:00Z");
        }
    }
}
