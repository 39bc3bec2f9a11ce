package dev.bahi.tenant.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** A page of shops; pass {@code nextCursor} back as {@code cursor} for the next page (absent on the last). */
@Schema(name = "ShopPage")
public record ShopPageResponse(
        List<ShopResponse> items,
        @Schema(example = "MDE5M2E1YzItN2Q0ZS03YzFh", description = "absent on the last page") String nextCursor) {
}
