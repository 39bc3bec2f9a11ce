package dev.bahi.inventory.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** One stock movement with the balance after it. */
@Schema(name = "StockMovement")
public record StockMovementResponse(
        String id,
        String itemId,
        @Schema(example = "3", description = "the item's movements are numbered 1, 2, 3, ...") long sequence,
        @Schema(example = "RECEIVED") String kind,
        @Schema(example = "50", description = "as entered, in the item's unit (the counted quantity for a COUNT)") String quantity,
        @Schema(example = "50", description = "signed change to stock") String change,
        @Schema(example = "92") String balance,
        @Schema(example = "PCS") String unit,
        @Schema(example = "250.00") String purchasePrice,
        String supplier,
        String reference,
        String note,
        Instant recordedAt) {
}
