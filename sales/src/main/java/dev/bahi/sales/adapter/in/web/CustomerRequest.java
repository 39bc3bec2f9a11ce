package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/**
 * A customer as clients send it: money in rupees, the phone as typed. On a change, a field left out stays as it
 * is and an empty string removes gstin, stateCode, address or creditLimit.
 */
@Schema(name = "CustomerInput")
public record CustomerRequest(
        @Schema(example = "Meena Patil") @Size(max = 1000) String name,
        @Schema(example = "9822012345", description = "an Indian mobile, with or without +91; kept in E.164") @Size(max = 30) String phone,
        @Schema(example = "27AAPFU0939F1ZV", description = "optional; for B2B invoices") @Size(max = 20) String gstin,
        @Schema(example = "27", description = "GST state code; defaults to the GSTIN's") @Size(max = 2) String stateCode,
        @Schema(example = "Flat 4, Shivaji Nagar, Pune 411005") @Size(max = 1000) String address,
        @Schema(example = "5000.00", description = "the most the customer may owe; none when left out") @Size(max = 30) String creditLimit,
        @Schema(example = "1250.00", description = "only when opening: what the paper bahi says they owe; negative for an advance")
        @Size(max = 30) String openingBalance,
        @Schema(example = "false", description = "no payment reminders") Boolean remindersOptOut) {
}
