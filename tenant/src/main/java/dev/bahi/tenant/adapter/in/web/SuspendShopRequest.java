package dev.bahi.tenant.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the platform admin suspends a shop; kept in the shop's history. */
@Schema(name = "ShopSuspension")
public record SuspendShopRequest(
        @Schema(example = "Subscription unpaid since 1 October 2026") @NotBlank @Size(max = 500) String reason) {
}
