package dev.bahi.payments.application;

import dev.bahi.payments.api.RefundPayment;

/** Refunds a payment and puts its shares back on the sale and the khata, on {@code businessDate}; one unit of work. */
record RefundAndReversePayment(RefundPayment refund, String businessDate) {
}
