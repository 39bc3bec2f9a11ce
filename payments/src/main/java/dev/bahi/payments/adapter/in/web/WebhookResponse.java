package dev.bahi.payments.adapter.in.web;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What became of a webhook: APPLIED (with the payment), DUPLICATE or IGNORED. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record WebhookResponse(String status, String paymentId) {
}
