package dev.bahi.inventory.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * An item as clients send it: money in rupees, rates in percent, quantities in the item's unit. On a change,
 * a field left out stays as it is and an empty string removes barcode, cessRate, mrp or purchasePrice.
 */
@Schema(name = "ItemInput")
public record ItemRequest(
        @Schema(example = "ATTA-5KG", description = "unique within the shop; letters, digits, . _ / -") @Size(max = 100) String sku,
        @Schema(example = "Aashirvaad Atta 5 kg") @Size(max = 1000) String name,
        @Schema(example = "1101", description = "HSN (4, 6 or 8 digits) or SAC (6 digits starting 99)") @Size(max = 20) String hsn,
        @Schema(example = "5", description = "percent: 0, 0.1, 0.25, 1.5, 3, 5, 12, 18, 28 or 40") @Size(max = 20) String gstRate,
        @Schema(example = "", description = "compensation cess percent, optional") @Size(max = 20) String cessRate,
        @Schema(example = "PCS", description = "PCS, NOS, BOX, PACK, DOZEN, BOTTLE, BAG, SET, PAIR, STRIP, KG, G, QTL, L, ML, M, CM") @Size(max = 20) String unit,
        @Schema(example = "285.00") @Size(max = 30) String salePrice,
        @Schema(example = "true", description = "whether the sale price includes GST (default true, as MRPs do)") Boolean priceIncludesTax,
        @Schema(example = "295.00") @Size(max = 30) String mrp,
        @Schema(example = "250.00") @Size(max = 30) String purchasePrice,
        @Schema(example = "10") @Size(max = 30) String minStock,
        @Schema(example = "8901725133979", description = "EAN-13, UPC-A or EAN-8") @Size(max = 30) String barcode) {
}
