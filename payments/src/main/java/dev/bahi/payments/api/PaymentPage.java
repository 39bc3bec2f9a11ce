package dev.bahi.payments.api;

import java.util.List;

/** A page of payments; {@code nextCursor} is null on the last page. */
public record PaymentPage(List<PaymentView> payments, String nextCursor) {
}
