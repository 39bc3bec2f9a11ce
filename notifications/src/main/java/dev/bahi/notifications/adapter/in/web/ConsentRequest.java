package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.api.Channel;

/** A recipient's yes or no to one channel, where it was given (counter, qr, ...) and their language. */
public record ConsentRequest(Channel channel, String to, Boolean optedIn, String language, String source) {
}
