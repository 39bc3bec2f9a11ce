package dev.bahi.notifications.api;

import dev.bahi.platform.kernel.TenantScoped;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records a recipient's yes or no to messages by one channel ({@code recipient} in E.164 or an e-mail address),
 * with where it was given ({@code source}: "counter", "qr", "phone call") and the language they prefer, if said.
 */
public record RecordConsent(@TargetAggregateIdentifier String consentId, String tenantId, Channel channel,
                            String recipient, boolean optedIn, String language, String source, String recordedBy)
        implements TenantScoped {
}
