package dev.bahi.queryprojections.api;

import dev.bahi.platform.kernel.TenantScoped;

/** Every khata of the shop as it stood at the end of business date {@code asOf} (yyyy-MM-dd), aged. */
public record FindUdhaarBalances(String tenantId, String asOf) implements TenantScoped {
}
