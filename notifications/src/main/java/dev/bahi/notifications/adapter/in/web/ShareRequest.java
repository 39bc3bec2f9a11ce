package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.api.Channel;

/** How to share a sale: channel (the shop's choice when absent), to (the buyer's phone when absent), language. */
public record ShareRequest(Channel channel, String to, String language) {
}
