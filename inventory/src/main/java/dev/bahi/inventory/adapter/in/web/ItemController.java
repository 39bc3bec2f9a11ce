package dev.bahi.inventory.adapter.in.web;

import dev.bahi.inventory.api.ListItems;
import dev.bahi.inventory.application.port.in.FindItemsUseCase;
import dev.bahi.inventory.application.port.in.ImportReport;
import dev.bahi.inventory.application.port.in.ManageCatalogueUseCase;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
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
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The shop's catalogue. Every role reads it; owners and managers change it. */
@RestController
@RequestMapping("/api/v1/items")
@Tag(name = "Items", description = "The catalogue: SKUs with HSN, GST rate, prices and stock on hand")
public class ItemController {
    static final String MANAGERS = "hasAnyRole('OWNER', 'MANAGER')";

    private final ManageCatalogueUseCase catalogue;
    private final FindItemsUseCase items;
    private final InventoryWebMapper mapper;

    public ItemController(ManageCatalogueUseCase catalogue, FindItemsUseCase items, InventoryWebMapper mapper) {
        this.catalogue = catalogue;
        this.items = items;
        this.mapper = mapper;
    }

    @PostMapping
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Add an item", description = "Owner or manager. The SKU is unique within the shop; "
            + "accepts an Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Packed goods", value = """
                            { "sku": "ATTA-5KG", "name": "Aashirvaad Atta 5 kg", "hsn": "1101", "gstRate": "5",
                              "unit": "PCS", "salePrice": "285.00", "priceIncludesTax": true, "mrp": "295.00",
                              "purchasePrice": "250.00", "minStock": "10", "barcode": "8901725133979" }"""),
                    @ExampleObject(name = "Loose goods", value = """
                            { "sku": "SUGAR-LOOSE", "name": "Sugar (loose)", "hsn": "1701", "gstRate": "5",
                              "unit": "KG", "salePrice": "46.00", "purchasePrice": "41.50", "minStock": "25" }""")})))
    @ApiResponse(responseCode = "201", description = "the item, with no stock yet")
    @ApiResponse(responseCode = "400", description = "a rule is broken, e.g. code HSN_INVALID, GST_RATE_INVALID, "
            + "BARCODE_CHECK_DIGIT or SALE_PRICE_ABOVE_MRP, with the field at fault")
    @ApiResponse(responseCode = "409", description = "the SKU is taken (code SKU_TAKEN)")
    public ResponseEntity<ItemResponse> create(@Valid @RequestBody ItemRequest request) {
        ItemResponse item = mapper.toResponse(catalogue.register(CurrentPrincipal.tenantId(), mapper.toInput(request)));
        return ResponseEntity.created(URI.create("/api/v1/items/" + item.id())).body(item);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One item")
    @ApiResponse(responseCode = "200", description = "the item")
    @ApiResponse(responseCode = "404", description = "no such item in your shop (code ITEM_NOT_FOUND)")
    public ItemResponse item(@PathVariable String id) {
        return items.find(CurrentPrincipal.tenantId(), id).map(mapper::toResponse)
                .orElseThrow(() -> new NotFound("ITEM_NOT_FOUND", "item " + id + " not found"));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Change an item", description = "Owner or manager. Fields left out stay as they are; an "
            + "empty string removes barcode, cessRate, mrp or purchasePrice. The SKU does not change, and the unit "
            + "only while the item has no stock movements.")
    @ApiResponse(responseCode = "200", description = "the item after the change")
    @ApiResponse(responseCode = "404", description = "no such item in your shop (code ITEM_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "archived (ITEM_ARCHIVED) or unit in use (UNIT_IN_USE)")
    public ItemResponse update(@PathVariable String id, @Valid @RequestBody ItemRequest request) {
        return mapper.toResponse(catalogue.update(CurrentPrincipal.tenantId(), id, mapper.toInput(request)));
    }

    @GetMapping
    @Operation(summary = "Search and list items", description = "In catalogue order. q matches the name "
            + "(anywhere, any case), the SKU (from its start) or the barcode (exactly).")
    @ApiResponse(responseCode = "200", description = "a page of items")
    public ItemPageResponse list(
            @Parameter(description = "name, SKU or barcode", example = "atta") @RequestParam(required = false) String q,
            @Parameter(description = "only items at or below their minimum stock") @RequestParam(defaultValue = "false") boolean lowStock,
            @Parameter(description = "include archived items") @RequestParam(defaultValue = "false") boolean includeArchived,
            @Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        return mapper.toResponse(items.list(new ListItems(CurrentPrincipal.tenantId(), q, lowStock, includeArchived,
                limit, cursor)));
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Archive an item", description = "Owner or manager. It can no longer be sold or received; "
            + "its history stays, and it leaves the default list.")
    @ApiResponse(responseCode = "200", description = "the item, ARCHIVED")
    @ApiResponse(responseCode = "404", description = "no such item in your shop (code ITEM_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "already archived (code ITEM_ALREADY_ARCHIVED)")
    public ItemResponse archive(@PathVariable String id) {
        return mapper.toResponse(catalogue.archive(CurrentPrincipal.tenantId(), id));
    }

    @PostMapping(value = "/import", consumes = {"text/csv", "text/plain", "application/octet-stream"})
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Import a catalogue from CSV", description = "Owner or manager. UTF-8 CSV with a header row: "
            + "sku, name, hsn, gstRate, unit, salePrice and optionally cessRate, priceIncludesTax, mrp, purchasePrice, "
            + "minStock, barcode, openingStock. All rows or none: any bad row rejects the file with every problem "
            + "listed by line (errors[]). A SKU already in the catalogue is updated, so importing a file twice "
            + "creates nothing new; opening stock applies to new items only.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(mediaType = "text/csv",
                    examples = @ExampleObject(value = """
                            sku,name,hsn,gstRate,unit,salePrice,mrp,purchasePrice,minStock,barcode,openingStock
                            ATTA-5KG,Aashirvaad Atta 5 kg,1101,5,PCS,285.00,295.00,250.00,10,8901725133979,40
                            SUGAR-LOOSE,Sugar (loose),1701,5,KG,46.00,,41.50,25,,120.500"""))))
    @ApiResponse(responseCode = "200", description = "what each row did: CREATED, UPDATED or UNCHANGED")
    @ApiResponse(responseCode = "400", description = "code IMPORT_REJECTED with errors[] {row, code, field, detail}, "
            + "or a file-level code such as CSV_MISSING_COLUMN or CSV_NOT_UTF8")
    public ImportReport importCsv(@RequestBody(required = false) byte[] body) {
        return catalogue.importItems(CurrentPrincipal.tenantId(), CatalogueCsv.read(body));
    }
}
