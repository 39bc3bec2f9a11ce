package dev.bahi.inventory.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A stock movement; for a COUNT, {@code quantity} is the counted quantity. */
@Schema(name = "StockMovementInput")
public record StockMovementRequest(
        @Schema(example = "RECEIVED", description = "OPENING, RECEIVED, SALE, SALE_RETURN, WRITE_OFF, COUNT or SALE_REVERSED") @Size(max = 30) String kind,
        @Schema(example = "50") @Size(max = 40) String quantity,
        @Schema(example = "KG", description = "optional; a unit convertible to the item's (G for a KG item)") @Size(max = 20) String unit,
        @Schema(example = "250.00", description = "purchase price per unit of received goods") @Size(max = 30) String purchasePrice,
        @Schema(example = "Gupta Distributors") @Size(max = 1000) String supplier,
        @Schema(example = "Bill 881") @Size(max = 1000) String reference,
        @Schema(example = "Invoice 881") @Size(max = 2000) String note) {
}
