package dev.bahi.tenant.adapter.in.web;

import dev.bahi.tenant.api.GstRegistration;
import dev.bahi.tenant.api.TenantStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A shop as clients see it; absent optional fields are left out of the JSON. */
@Schema(name = "Shop", description = "A shop's business profile and status")
public record ShopResponse(
        @Schema(example = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07") String id,
        @Schema(example = "Sharma Kirana Store") String name,
        @Schema(example = "Sharma Traders") String legalName,
        @Schema(example = "REGULAR") GstRegistration gstRegistration,
        @Schema(example = "27AAPFU0939F1ZV", description = "absent for an UNREGISTERED shop") String gstin,
        @Schema(example = "27") String stateCode,
        @Schema(example = "Maharashtra") String stateName,
        AddressJson address,
        @Schema(example = "+919812345678", description = "E.164") String phone,
        @Schema(example = "owner@sharma.example") String email,
        @Schema(example = "sharmakirana@okicici") String upiId,
        @Schema(example = "Asia/Kolkata") String timeZone,
        @Schema(example = "INV") String invoicePrefix,
        @Schema(example = "ACTIVE") TenantStatus status,
        @Schema(example = "2026-11-24T09:30:00Z") Instant registeredAt,
        @Schema(example = "2026-11-25T04:15:00Z") Instant updatedAt) {
}
