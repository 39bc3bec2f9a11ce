package dev.bahi.payments.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A refund given, and the payment as it stands after it. */
@Schema(name = "RefundResult")
public record RefundResponse(String id, @Schema(example = "100.00") String amount, String reason,
                             PaymentResponse payment) {
}
