package dev.bahi.payments.adapter.in.web;

import dev.bahi.payments.api.CardDetails;
import dev.bahi.payments.api.UpiDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** A payment with money in rupees. */
@Schema(name = "Payment")
public record PaymentResponse(
        String id,
        @Schema(example = "UPI") String method,
        @Schema(example = "SUCCEEDED") String status,
        @Schema(example = "300.00") String amount,
        @Schema(example = "0.00") String refunded,
        String saleId,
        @Schema(example = "300.00") String saleAmount,
        String customerId,
        @Schema(example = "0.00") String udhaarAmount,
        UpiDetails upi,
        CardDetails card,
        String note,
        String statusReason,
        @Schema(example = "2026-11-25") String businessDate,
        String recordedBy,
        Instant recordedAt,
        Instant updatedAt,
        List<Refund> refunds) {

    /** One refund, in rupees. */
    public record Refund(String id, @Schema(example = "100.00") String amount, String reason, String refundedBy,
                         Instant refundedAt) {
    }
}
