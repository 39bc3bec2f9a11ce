package dev.bahi.inventory.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** An item with its stock on hand and value; money in rupees, quantities in the item's unit. */
@Schema(name = "Item")
public record ItemResponse(
        @Schema(example = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07") String id,
        @Schema(example = "ATTA-5KG") String sku,
        @Schema(example = "Aashirvaad Atta 5 kg") String name,
        @Schema(example = "8901725133979") String barcode,
        @Schema(example = "1101") String hsn,
        @Schema(example = "5") String gstRate,
        @Schema(example = "12") String cessRate,
        @Schema(example = "PCS") String unit,
        @Schema(example = "PCS", description = "unit quantity code for GST returns") String uqc,
        @Schema(example = "285.00") String salePrice,
        boolean priceIncludesTax,
        @Schema(example = "295.00") String mrp,
        @Schema(example = "250.00") String purchasePrice,
        @Schema(example = "10") String minStock,
        @Schema(example = "42") String onHand,
        @Schema(example = "10500.00", description = "on hand at the latest purchase price") String stockValue,
        boolean lowStock,
        @Schema(example = "ACTIVE", description = "ACTIVE or ARCHIVED") String status,
        Instant registeredAt,
        Instant updatedAt) {
}
