package dev.bahi.notifications.application.port.out;

import dev.bahi.notifications.api.Channel;

/** Sends messages by one channel through its provider. */
public interface ChannelSender {
    Channel channel();

    /** False when the provider's settings are missing; such a channel only logs what it would have sent. */
    boolean configured();

    /** Sends one message; never throws for provider trouble (see {@link SendResult}). */
    SendResult send(OutboundMessage message);
}
