package dev.bahi.sales.adapter.in.web;

import dev.bahi.sales.api.ReminderPolicy;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The shop's automatic reminder policy; {@code changedAt} is absent while the defaults apply. */
@Schema(name = "ReminderPolicy")
public record ReminderPolicyResponse(
        boolean enabled,
        @Schema(example = "7") int everyDays,
        @Schema(example = "30") int minBalanceAgeDays,
        @Schema(example = "10:00") String localTime,
        Instant changedAt) {
    static ReminderPolicyResponse of(ReminderPolicy p) {
        return new ReminderPolicyResponse(p.enabled(), p.everyDays(), p.minBalanceAgeDays(), p.localTime(),
                p.changedAt());
    }
}
