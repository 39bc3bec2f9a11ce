package dev.bahi.sales.application.port.in;

import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.LedgerEntryView;

/** Opening and changing customers' khatas, and correcting a balance by hand. */
public interface ManageCustomersUseCase {
    /** Opens a khata; the phone is unique within the shop (PHONE_TAKEN otherwise). */
    CustomerView open(String tenantId, CustomerInput input);

    /** Changes only the fields given; an empty string removes gstin, stateCode, address or creditLimit. */
    CustomerView update(String tenantId, String customerId, CustomerInput changes);

    /** Adds ({@code amount} positive) to or takes off (negative) what the customer owes, with a reason. */
    LedgerEntryView adjust(String tenantId, String customerId, AdjustmentInput input);

    /**
     * A customer as a client sends them: money in rupees ({@code openingBalance} may be negative for an advance),
     * the phone as typed. On a change null leaves a field as it is.
     */
    record CustomerInput(String name, String phone, String gstin, String stateCode, String address,
                         String creditLimit, String openingBalance, Boolean remindersOptOut) {
    }

    /** A correction: signed rupees ("-50.00", "120.00") and why. */
    record AdjustmentInput(String amount, String reason) {
    }
}
