package dev.bahi.sales.adapter.in.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Size;

/** Why a sale is cancelled. */
public record CancelSaleRequest(@Schema(example = "Customer changed their mind") @Size(max = 1000) String reason) {
}
