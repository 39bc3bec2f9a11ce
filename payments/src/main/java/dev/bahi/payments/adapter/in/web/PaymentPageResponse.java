package dev.bahi.payments.adapter.in.web;

import java.util.List;

/** A page of payments; pass {@code nextCursor} as {@code cursor} for the next page (null on the last). */
public record PaymentPageResponse(List<PaymentResponse> payments, String nextCursor) {
}
