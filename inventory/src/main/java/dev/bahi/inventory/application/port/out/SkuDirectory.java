package dev.bahi.inventory.application.port.out;

import java.util.Optional;

/** SKUs in use per shop; a claim on a taken SKU fails, even when two claims race. */
public interface SkuDirectory {
    /** Reserves {@code sku} in the shop for {@code itemId}; a StateConflict SKU_TAKEN when it is in use. */
    void claim(String tenantId, String sku, String itemId);

    /** Gives a reservation back, only if it is still {@code itemId}'s. */
    void release(String tenantId, String sku, String itemId);

    Optional<String> itemOf(String tenantId, String sku);
}
