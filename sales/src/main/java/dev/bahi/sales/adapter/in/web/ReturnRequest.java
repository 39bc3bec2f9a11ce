package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Goods coming back against an invoiced sale. */
@Schema(name = "ReturnInput")
public record ReturnRequest(
        @Valid @Size(max = 200) List<Line> lines,
        @Schema(example = "DAMAGED", description = "DAMAGED, EXPIRED (both written off), DEFECTIVE, WRONG_ITEM, "
                + "CHANGED_MIND, OTHER") @Size(max = 30) String reason,
        @Size(max = 2000) String note) {

    /** One returned item, quantity in its unit. */
    public record Line(@Size(max = 100) String itemId, @Schema(example = "1") @Size(max = 40) String quantity) {
    }
}
