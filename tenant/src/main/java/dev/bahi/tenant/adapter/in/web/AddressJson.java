package dev.bahi.tenant.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** A shop's postal address on the wire; the PIN code rule itself is the domain's. */
@Schema(name = "ShopAddress", description = "Postal address of the shop")
public record AddressJson(
        @Schema(example = "12 MG Road") @Size(max = 200) String line1,
        @Schema(example = "Near Shivaji Chowk") @Size(max = 200) String line2,
        @Schema(example = "Pune") @Size(max = 100) String city,
        @Schema(example = "411001", description = "6 digits, not starting with 0") @Size(max = 10) String pincode) {
}
