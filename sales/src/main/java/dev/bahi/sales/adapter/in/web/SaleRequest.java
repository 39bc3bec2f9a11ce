package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A counter sale as clients send it; money in rupees, quantities in each item's unit. */
@Schema(name = "SaleInput")
public record SaleRequest(
        @Valid @Size(max = 200) List<Line> lines,
        @Valid Customer customer,
        @Schema(example = "27", description = "state code; defaults to the delivery or buyer's state, else the shop's")
        @Size(max = 2) String placeOfSupply,
        @Valid Payment payment,
        @Size(max = 2000) String note) {

    /** One line: unit price defaults to the item's price; discount is rupees off the line. */
    public record Line(@Schema(example = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07") @Size(max = 100) String itemId,
                       @Schema(example = "2") @Size(max = 40) String quantity,
                       @Schema(example = "285.00") @Size(max = 30) String unitPrice,
                       @Schema(example = "5.00") @Size(max = 30) String discount) {
    }

    /** The buyer; a GSTIN makes the sale B2B. */
    public record Customer(@Size(max = 100) String customerId,
                           @Schema(example = "Meena Patil") @Size(max = 1000) String name,
                           @Schema(example = "+919822012345") @Size(max = 30) String phone,
                           @Schema(example = "29AAGCB7383J1Z4") @Size(max = 20) String gstin,
                           @Schema(example = "29") @Size(max = 2) String stateCode,
                           @Schema(example = "4th Cross, Jayanagar, Bengaluru 560041") @Size(max = 1000) String address) {
    }

    /**
     * CASH, UPI, CARD, CREDIT, or SPLIT with parts adding up to the bill; a credit part goes on the customer's
     * khata (customer.customerId), within their credit limit unless an owner or manager sets overrideCreditLimit.
     */
    public record Payment(@Schema(example = "CASH") @Size(max = 20) String mode, @Valid @Size(max = 10) List<Part> parts,
                          @Schema(example = "false") Boolean overrideCreditLimit) {
    }

    /** One part of a split payment. */
    public record Part(@Schema(example = "UPI") @Size(max = 20) String mode,
                       @Schema(example = "300.00") @Size(max = 30) String amount) {
    }
}
