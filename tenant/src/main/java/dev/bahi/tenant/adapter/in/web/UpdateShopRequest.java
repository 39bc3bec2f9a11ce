package dev.bahi.tenant.adapter.in.web;

import dev.bahi.tenant.api.GstRegistration;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

/**
 * Changes to the caller's shop: a field left out stays as it is; an empty string clears an optional field
 * (legalName, phone, email, upiId) or restores a default (timeZone, invoicePrefix); {@code address} is
 * replaced whole. The sizes here only bound the input; the shop's rules are checked by the domain.
 */
@Schema(name = "ShopChanges")
public record UpdateShopRequest(
        @Schema(example = "Sharma Kirana & General Store") @Size(max = 200) String name,
        @Schema(example = "Sharma Traders") @Size(max = 200) String legalName,
        @Schema(example = "REGULAR") GstRegistration gstRegistration,
        @Schema(example = "27AAPFU0939F1ZV") @Size(max = 20) String gstin,
        @Schema(example = "27") @Size(max = 2) String stateCode,
        @Valid AddressJson address,
        @Schema(example = "+91 98123 45678") @Size(max = 30) String phone,
        @Schema(example = "owner@sharma.example") @Size(max = 254) String email,
        @Schema(example = "sharmakirana@okicici") @Size(max = 330) String upiId,
        @Schema(example = "Asia/Kolkata") @Size(max = 64) String timeZone,
        @Schema(example = "SKS/") @Size(max = 10) String invoicePrefix) {
}
