package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A correction of a khata by hand: signed rupees (positive adds to what the customer owes) and the reason. */
@Schema(name = "AdjustmentInput")
public record AdjustmentRequest(
        @Schema(example = "-50.00", description = "rupees; positive adds to the balance, negative takes off") @Size(max = 30) String amount,
        @Schema(example = "Rounded off at settlement") @Size(max = 1000) String reason) {
}
