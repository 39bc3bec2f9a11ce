package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationRequested;
import dev.bahi.notifications.api.NotificationStatus;
import dev.bahi.notifications.api.RecordSendFailure;
import dev.bahi.notifications.api.RecordSent;
import dev.bahi.notifications.api.SkipNotification;
import dev.bahi.notifications.api.StartDelivery;
import dev.bahi.notifications.application.port.out.OutboundMessage;
import dev.bahi.notifications.application.port.out.Outbox;
import dev.bahi.notifications.application.port.out.SendResult;
import dev.bahi.sales.api.FindInvoicePdf;
import dev.bahi.sales.api.InvoicePdf;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due. For each outbox entry it first claims the attempt on the message itself: only a message that
 * is due, and only one claimant per attempt, goes to the provider, so neither a second instance nor an outbox
 * rebuilt by a replay can send a message twice. The provider's answer is then recorded on the message.
 */
public final class NotificationDispatcher {
    private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final Outbox outbox;
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final ChannelRouter channels;
    private final Clock clock;
    private final int batchSize;

    public NotificationDispatcher(Outbox outbox, CommandGateway commands, QueryGateway queries,
                                  ChannelRouter channels, Clock clock, int batchSize) {
        this.outbox = outbox;
        this.commands = commands;
        this.queries = queries;
        this.channels = channels;
        this.clock = clock;
        this.batchSize = batchSize;
    }

    /** One round: attempts every due message (up to the batch size); answers how many went to a provider. */
    public int dispatchDue() {
        Instant now = clock.instant();
        List<Outbox.Entry> due = outbox.due(now, batchSize);
        int attempted = 0;
        for (Outbox.Entry entry : due) {
            if (attempt(entry)) {
                attempted++;
            }
        }
        return attempted;
    }

    private boolean attempt(Outbox.Entry entry) {
        int attempt = entry.attemptsMade() + 1;
        Boolean claimed;
        try {
            claimed = commands.sendAndWait(new StartDelivery(entry.notificationId(), entry.tenantId(), attempt));
        } catch (RuntimeException e) {
            // Another instance claimed it first, or the message moved on: the outbox will catch up.
            LOG.debug("attempt {} of {} not claimed: {}", attempt, entry.notificationId(), e.toString());
            return false;
        }
        if (!Boolean.TRUE.equals(claimed)) {
            return false;
        }
        NotificationRequested request = entry.request();
        SendResult result;
        try {
            result = channels.send(message(request));
        } catch (MissingDocument e) {
            result = new SendResult.Failed("DOCUMENT_NOT_FOUND", e.getMessage(), false);
        }
        record(entry, attempt, result);
        return true;
    }

    private void record(Outbox.Entry entry, int attempt, SendResult result) {
        String id = entry.notificationId();
        String tenantId = entry.tenantId();
        if (result instanceof SendResult.Sent sent) {
            commands.sendAndWait(new RecordSent(id, tenantId, attempt, sent.providerMessageId()));
        } else if (result instanceof SendResult.Failed failed) {
            commands.sendAndWait(new RecordSendFailure(id, tenantId, attempt, failed.code(), failed.reason(),
                    failed.retryable()));
        } else if (result instanceof SendResult.NotConfigured notConfigured) {
            commands.sendAndWait(new SkipNotification(id, tenantId, NotificationStatus.SKIPPED_NOT_CONFIGURED,
                    notConfigured.reason()));
        }
    }

    private OutboundMessage message(NotificationRequested r) {
        OutboundMessage.Document document = null;
        if (r.document() != null) {
            byte[] content = null;
            if (r.channel() == Channel.EMAIL && channels.configured(Channel.EMAIL)) {
                content = queries.query(new FindInvoicePdf(r.tenantId(), r.document().saleId()),
                                ResponseTypes.optionalInstanceOf(InvoicePdf.class)).join()
                        .map(InvoicePdf::content)
                        .orElseThrow(() -> new MissingDocument("the invoice of sale " + r.document().saleId()
                                + " is gone"));
            }
            document = new OutboundMessage.Document(r.document().link(), r.document().fileName(), content);
        }
        return new OutboundMessage(r.notificationId(), r.tenantId(), r.channel(), r.recipient(), r.language(),
                r.templateName(), r.parameters(), r.dltTemplateId(), r.subject(), r.text(), document);
    }

    private static final class MissingDocument extends RuntimeException {
        MissingDocument(String message) {
            super(message);
        }
    }
}
