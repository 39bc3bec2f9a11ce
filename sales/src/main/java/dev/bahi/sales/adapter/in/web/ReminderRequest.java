package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A reminder asked for at the counter; both fields optional. */
@Schema(name = "ReminderInput")
public record ReminderRequest(
        @Schema(example = "WHATSAPP", allowableValues = {"WHATSAPP", "SMS"}, description = "default WHATSAPP")
        String channel,
        @Schema(example = "Diwali se pehle hisaab saaf kar dijiye 🙏", description = "a line from the shop")
        @Size(max = 200) String note) {
}
