package dev.bahi.payments.adapter.in.web;

/** A provider's webhook signing secret for the shop, 16 to 256 characters. */
public record ProviderSecretRequest(String secret) {
}
