package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** A customer and what they owe now; money in rupees. */
@Schema(name = "Customer")
public record CustomerResponse(
        @Schema(example = "0193c0de-4b1a-7c1a-9f3b-2a6d8e4c1b07") String id,
        @Schema(example = "Meena Patil") String name,
        @Schema(example = "+919822012345") String phone,
        @Schema(example = "27AAPFU0939F1ZV") String gstin,
        @Schema(example = "27") String stateCode,
        @Schema(example = "Flat 4, Shivaji Nagar, Pune 411005") String address,
        @Schema(example = "5000.00", description = "null: no limit") String creditLimit,
        boolean remindersOptOut,
        @Schema(example = "1250.00", description = "what the customer owes; negative when they paid in advance") String balance,
        Instant openedAt,
        Instant updatedAt) {
}
