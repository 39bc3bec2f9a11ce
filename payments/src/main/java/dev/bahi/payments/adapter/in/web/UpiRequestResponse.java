package dev.bahi.payments.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.bahi.payments.api.UpiRequestView;
import dev.bahi.platform.kernel.Money;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A UPI request as the API shows it: the link to open or share, and where its QR code is. */
@Schema(name = "UpiRequest")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UpiRequestResponse(
        String id,
        @Schema(example = "BAHI8F3A2C9D1E0B", description = "the link's tr: letters and digits, unique in the shop")
        String reference,
        @Schema(example = "upi://pay?pa=shop@okicici&pn=Sharma%20Kirana&am=570.00&cu=INR&tr=BAHI8F3A2C9D1E0B"
                + "&tn=Bill%20payment%20BAHI8F3A2C9D1E0B")
        String link,
        @Schema(example = "/api/v1/payments/upi-requests/0193b1d0-0000-7000-8000-000000000001/qr.png")
        String qrUrl,
        @Schema(example = "570.00") String amount,
        String saleId,
        String customerId,
        @Schema(example = "OPEN") String status,
        String note,
        Instant createdAt) {

    static UpiRequestResponse of(UpiRequestView v) {
        return new UpiRequestResponse(v.upiRequestId(), v.reference(), v.link(),
                UpiRequestController.PATH + "/" + v.upiRequestId() + "/qr.png", Money.format(v.amount()), v.saleId(),
                v.customerId(), v.status().name(), v.note(), v.openedAt());
    }
}
