package dev.bahi.payments.application;

import dev.bahi.payments.api.ChangePaymentStatus;

/** Changes a pending payment's status and applies it when it SUCCEEDED, on {@code businessDate}; one unit of work. */
record ChangeAndApplyPaymentStatus(ChangePaymentStatus change, String businessDate) {
}
