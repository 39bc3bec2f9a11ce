package dev.bahi.inventory.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** How the shop's stock behaves. */
@Schema(name = "InventorySettingsInput")
public record SettingsRequest(
        @Schema(example = "true", description = "refuse sales and write-offs that would take stock below zero")
        @NotNull Boolean strictStock) {
}
