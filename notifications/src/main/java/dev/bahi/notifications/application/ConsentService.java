package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.ConsentView;
import dev.bahi.notifications.api.FindConsents;
import dev.bahi.notifications.api.RecordConsent;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.RuleViolation;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Records customers' opt-ins and opt-outs per channel, and reads them back. */
public final class ConsentService {
    private final CommandGateway commands;
    private final QueryGateway queries;

    public ConsentService(CommandGateway commands, QueryGateway queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public ConsentView record(String tenantId, Channel channel, String to, Boolean optedIn, String language,
                              String source, String userId) {
        if (channel == null) {
            throw new RuleViolation("CHANNEL_REQUIRED", "channel", "say which channel: WHATSAPP, SMS or EMAIL");
        }
        if (optedIn == null) {
            throw new RuleViolation("OPTED_IN_REQUIRED", "optedIn", "say true (opted in) or false (opted out)");
        }
        String recipient = Notifier.address(channel, to);
        commands.sendAndWait(new RecordConsent(consentIdOf(tenantId, channel, recipient), tenantId, channel,
                recipient, optedIn, language, source, userId));
        return consents(tenantId, recipient).stream().filter(c -> c.channel() == channel).findFirst()
                .orElseThrow(() -> new IllegalStateException("the consent was recorded but cannot be read"));
    }

    /** A recipient's consents; {@code to} is a phone number or an e-mail address. */
    public List<ConsentView> consents(String tenantId, String to) {
        String recipient = to != null && to.contains("@") ? Notifier.address(Channel.EMAIL, to)
                : Notifier.address(Channel.SMS, to);
        return queries.query(new FindConsents(tenantId, recipient),
                ResponseTypes.multipleInstancesOf(ConsentView.class)).join();
    }

    static String consentIdOf(String tenantId, Channel channel, String recipient) {
        return Ids.derived("consent:" + tenantId + ":" + channel + ":" + recipient, Instant.EPOCH);
    }
}
