package dev.bahi.payments.application;

import dev.bahi.payments.api.RecordPayment;

/** Records a payment and, when it has SUCCEEDED, applies it to its sale and khata, as one unit of work. */
record RecordAndApplyPayment(RecordPayment payment) {
}
