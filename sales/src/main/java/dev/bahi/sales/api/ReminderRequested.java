package dev.bahi.sales.api;

import dev.bahi.platform.kernel.TenantScoped;
import java.time.Instant;

/**
 * A reminder of an udhaar balance was asked for; nothing has been sent yet. The notifications context consumes
 * this event and sends it by {@code channel} (WhatsApp utility template or DLT SMS) to {@code phone} (E.164).
 * {@code balance} is in paise; {@code upiLink} ({@code upi://pay?...&am=<balance>&cu=INR&tr=KHATA...}) is null
 * when the shop has no UPI id; {@code note} is the shop's own line, if any. {@code requestedOn} is the shop's
 * business date; an account is reminded at most once per business date.
 */
public record ReminderRequested(String tenantId, String customerId, String reminderId, String phone,
                                String customerName, long balance, String upiLink, ReminderChannel channel,
                                String note, boolean automatic, String requestedOn, Instant requestedAt)
        implements TenantScoped {
}
