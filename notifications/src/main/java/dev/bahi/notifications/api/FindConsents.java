package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;

/** A recipient's consents, one per channel they said something about (a list, possibly empty). */
public record FindConsents(String tenantId, String recipient) implements TenantScoped {
}
