package dev.bahi.payments.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A UPI request as clients send it: exactly one of saleId and customerId; the amount in rupees is optional. */
@Schema(name = "UpiRequestInput")
public record UpiRequestBody(
        @Schema(description = "the sale to be paid (its due by default)") @Size(max = 64) String saleId,
        @Schema(description = "the khata to be paid (its balance by default)") @Size(max = 64) String customerId,
        @Schema(example = "570.00", description = "rupees, more than zero; default what is owed") @Size(max = 30)
        String amount) {
}
