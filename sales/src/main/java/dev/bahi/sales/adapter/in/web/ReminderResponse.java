package dev.bahi.sales.adapter.in.web;

import dev.bahi.platform.kernel.Money;
import dev.bahi.sales.api.ReminderView;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A reminder requested of the notifications context; money in rupees. Not yet sent. */
@Schema(name = "Reminder")
public record ReminderResponse(
        @Schema(example = "0193c0de-4b1a-7c1a-9f3b-2a6d8e4c1b07") String id,
        @Schema(example = "0193c0de-0000-7000-8000-00000000000a") String customerId,
        @Schema(example = "1250.00", description = "the balance the reminder asks for") String balance,
        @Schema(example = "upi://pay?pa=sharma@okaxis&pn=Sharma%20Kirana&am=1250.00&cu=INR&tr=KHATA8E4C1B07A1B2"
                + "&tn=Khata%20Sharma%20Kirana", description = "absent when the shop has no UPI id") String upiLink,
        @Schema(example = "WHATSAPP") String channel,
        String note,
        @Schema(description = "asked by the shop's reminder policy rather than a person") boolean automatic,
        @Schema(example = "2026-11-24", description = "the shop's business date") String requestedOn,
        Instant requestedAt,
        @Schema(example = "REQUESTED", description = "REQUESTED: handed to notifications, which sends it")
        String status) {
    static final String REQUESTED = "REQUESTED";

    static ReminderResponse of(ReminderView v) {
        return new ReminderResponse(v.reminderId(), v.customerId(), Money.format(v.balance()), v.upiLink(),
                v.channel().name(), v.note(), v.automatic(), v.requestedOn(), v.requestedAt(), REQUESTED);
    }
}
