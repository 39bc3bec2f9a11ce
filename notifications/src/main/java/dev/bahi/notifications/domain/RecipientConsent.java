package dev.bahi.notifications.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.notifications.api.ConsentRecorded;
import dev.bahi.notifications.api.RecordConsent;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One recipient's consent to one shop's messages by one channel. Every change is on record (opt-in for WhatsApp as
 * Meta's policy asks, opt-out as the recipient asks); saying the same again records nothing.
 */
@Aggregate
public class RecipientConsent {
    static final int MAX_SOURCE = 60;

    @AggregateIdentifier
    private String consentId;
    private String tenantId;
    private Boolean optedIn;
    private String language;

    protected RecipientConsent() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordConsent command, Clock clock) {
        if (tenantId != null && !tenantId.equals(command.tenantId())) {
            throw new NotFound("CONSENT_NOT_FOUND", "no such consent");
        }
        if (command.language() != null && !TemplateCatalogue.supported(command.language())) {
            throw new RuleViolation("LANGUAGE_UNSUPPORTED", "language", "languages are " + TemplateCatalogue.LANGUAGES);
        }
        String source = command.source() == null || command.source().isBlank() ? null : command.source().strip();
        if (source != null && source.length() > MAX_SOURCE) {
            throw new RuleViolation("SOURCE_TOO_LONG", "source", "source has at most " + MAX_SOURCE + " characters");
        }
        consentId = command.consentId();
        if (optedIn == null || optedIn != command.optedIn()
                || (command.language() != null && !command.language().equals(language))) {
            apply(new ConsentRecorded(command.tenantId(), command.consentId(), command.channel(), command.recipient(),
                    command.optedIn(), command.language() == null ? language : command.language(), source,
                    command.recordedBy(), clock.instant()));
        }
    }

    @EventSourcingHandler
    void on(ConsentRecorded event) {
        consentId = event.consentId();
        tenantId = event.tenantId();
        optedIn = event.optedIn();
        language = event.language();
    }
}
