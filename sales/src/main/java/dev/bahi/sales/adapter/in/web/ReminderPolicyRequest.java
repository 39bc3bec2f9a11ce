package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;

/** A change of the shop's automatic reminder policy; fields left out stay as they are. */
@Schema(name = "ReminderPolicyInput")
public record ReminderPolicyRequest(
        @Schema(example = "true") Boolean enabled,
        @Schema(example = "7", description = "1 to 90: remind a customer at most once in this many days")
        Integer everyDays,
        @Schema(example = "30", description = "0 to 365: only once the oldest unpaid bill is this many days old")
        Integer minBalanceAgeDays,
        @Schema(example = "10:00", description = "HH:mm in the shop's time zone") String localTime) {
}
