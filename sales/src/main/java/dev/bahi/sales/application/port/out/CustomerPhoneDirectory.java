package dev.bahi.sales.application.port.out;

import java.util.Optional;

/** Customers' phones in use per shop (E.164); a claim on a taken phone fails, even when two claims race. */
public interface CustomerPhoneDirectory {
    /** Reserves {@code phone} in the shop for {@code customerId}; a StateConflict PHONE_TAKEN when it is in use. */
    void claim(String tenantId, String phone, String customerId);

    /** Gives a reservation back, only if it is still {@code customerId}'s. */
    void release(String tenantId, String phone, String customerId);

    Optional<String> customerOf(String tenantId, String phone);
}
