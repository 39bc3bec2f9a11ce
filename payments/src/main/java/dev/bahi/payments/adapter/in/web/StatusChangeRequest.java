package dev.bahi.payments.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Confirms or fails a pending payment. */
@Schema(name = "PaymentStatusChange")
public record StatusChangeRequest(
        @Schema(example = "SUCCEEDED", description = "SUCCEEDED or FAILED") @Size(max = 20) String status,
        @Schema(example = "431234567890", description = "the UTR a UPI payment succeeded with") @Size(max = 30) String utr,
        @Schema(example = "credit seen in the bank app") @Size(max = 1000) String reason) {
}
