package dev.bahi.payments.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A refund of part or all of a payment, in rupees. */
@Schema(name = "RefundInput")
public record RefundRequest(@Schema(example = "100.00") @Size(max = 30) String amount,
                            @Schema(example = "goods returned") @Size(max = 1000) String reason) {
}
