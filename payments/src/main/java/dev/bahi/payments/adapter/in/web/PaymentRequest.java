package dev.bahi.payments.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * A payment as clients send it: the amount in rupees; {@code saleId} and/or {@code customerId} say what it pays.
 * {@code status} defaults to SUCCEEDED, or PENDING for a UPI payment without its UTR.
 */
@Schema(name = "PaymentInput")
public record PaymentRequest(
        @Schema(example = "UPI", description = "UPI, CASH, CARD or BANK_TRANSFER") @Size(max = 20) String method,
        @Schema(example = "300.00") @Size(max = 30) String amount,
        @Schema(description = "the sale it pays") @Size(max = 64) String saleId,
        @Schema(description = "the khata it pays (udhaar repayment)") @Size(max = 64) String customerId,
        @Schema(description = "put what is more than the sale's due on the sale's khata") Boolean excessToUdhaar,
        @Valid Upi upi,
        @Valid Card card,
        @Schema(example = "SUCCEEDED", description = "PENDING or SUCCEEDED") @Size(max = 20) String status,
        @Schema(example = "paid at the counter") @Size(max = 1000) String note) {

    /** UPI details: the 12-digit UTR/RRN and the payer's VPA. */
    public record Upi(@Schema(example = "431234567890") @Size(max = 30) String utr,
                      @Schema(example = "meena@okaxis") @Size(max = 300) String payerVpa) {
    }

    /** Card details from the terminal slip. */
    public record Card(@Schema(example = "4242") @Size(max = 10) String last4,
                       @Schema(example = "A1B2C3") @Size(max = 30) String approvalCode) {
    }
}
