package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.application.port.out.ChannelSender;
import dev.bahi.notifications.application.port.out.OutboundMessage;
import dev.bahi.notifications.application.port.out.SendResult;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands each message to its channel's sender. A channel without a configured provider is the logging channel: it
 * logs what it would have sent (recipient masked) and says so, so that nothing pretends to have been sent.
 */
public final class ChannelRouter {
    private static final Logger LOG = LoggerFactory.getLogger(ChannelRouter.class);

    private final Map<Channel, ChannelSender> senders = new EnumMap<>(Channel.class);

    public ChannelRouter(List<ChannelSender> senders) {
        senders.forEach(s -> this.senders.put(s.channel(), s));
    }

    public boolean configured(Channel channel) {
        ChannelSender sender = senders.get(channel);
        return sender != null && sender.configured();
    }

    public SendResult send(OutboundMessage message) {
        ChannelSender sender = senders.get(message.channel());
        if (sender == null || !sender.configured()) {
            LOG.info("{} is not configured: message {} to {} only logged: {}", message.channel(),
                    message.notificationId(), masked(message.to()), withoutSignatures(message.text()));
            return new SendResult.NotConfigured("no " + message.channel() + " provider is configured on this "
                    + "platform; the message was logged, not sent");
        }
        try {
            return sender.send(message);
        } catch (RuntimeException e) {
            LOG.warn("{} sender failed on message {}: {}", message.channel(), message.notificationId(), e.toString());
            return new SendResult.Failed("SEND_ERROR", e.getClass().getSimpleName(), true);
        }
    }

    /** A signed link is a credential for days: the log keeps the link, not its signature. */
    static String withoutSignatures(String text) {
        return text == null ? null : text.replaceAll("(signature=)[^&\\s]+", "$1***");
    }

    /** "+91******3210", "m***@example.com": enough to tell messages apart in a log, not enough to reach anyone. */
    static String masked(String recipient) {
        if (recipient == null) {
            return null;
        }
        int at = recipient.indexOf('@');
        if (at > 0) {
            return recipient.charAt(0) + "***" + recipient.substring(at);
        }
        int keep = Math.min(4, recipient.length());
        int head = recipient.startsWith("+") ? Math.min(3, recipient.length() - keep) : 0;
        return recipient.substring(0, head) + "*".repeat(recipient.length() - head - keep)
                + recipient.substring(recipient.length() - keep);
    }
}
