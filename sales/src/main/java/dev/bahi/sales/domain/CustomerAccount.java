package dev.bahi.sales.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.platform.kernel.Gstin;
import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateCode;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.platform.kernel.UpiLink;
import dev.bahi.sales.api.AdjustBalance;
import dev.bahi.sales.api.ChargeCreditSale;
import dev.bahi.sales.api.CreditReturn;
import dev.bahi.sales.api.CustomerAccountOpened;
import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerDetailsChanged;
import dev.bahi.sales.api.LedgerEntryKind;
import dev.bahi.sales.api.LedgerEntryRecorded;
import dev.bahi.sales.api.OpenCustomerAccount;
import dev.bahi.sales.api.RecordRepayment;
import dev.bahi.sales.api.ReminderChannel;
import dev.bahi.sales.api.ReminderRequested;
import dev.bahi.sales.api.RequestReminder;
import dev.bahi.sales.api.ReverseCreditSale;
import dev.bahi.sales.api.UpdateCustomer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A customer's khata (udhaar account): append-only entries, each with the balance after it. Credit sales are
 * held to the customer's credit limit unless an owner or manager overrides it, and the override is on record.
 * Corrections are new entries (adjustments with a reason), never changes to old ones.
 */
// Revision 2 knows which sales it charged (to credit a cancelled one back); Axon ignores snapshots of revision 1.
@Aggregate(snapshotTriggerDefinition = "bahiSnapshotTrigger")
@Revision("2")
public class CustomerAccount {
    static final int MAX_TEXT = 200;
    /** ₹1 crore: far above any shop's udhaar, far below any overflow. */
    static final long MAX_AMOUNT = 1_00_00_000_00L;

    @AggregateIdentifier
    private String customerId;
    private String tenantId;
    private CustomerDetails details;
    private long balance;
    private long entries;
    /** Entries of payments and refunds already on the khata, so that one applied again changes nothing. */
    private java.util.Set<String> payments = new java.util.HashSet<>();
    /**
     * What each credit sale still on the khata put on it (sale id → paise of its {@code CREDIT_SALE} entries), so that
     * cancelling the sale credits back exactly that, once; a sale credited back leaves the map.
     */
    private java.util.Map<String, Long> creditSales = new java.util.HashMap<>();
    /** The business date of the last reminder (yyyy-MM-dd), null when never reminded. */
    private String lastRemindedOn;

    protected CustomerAccount() {
    }

    @CommandHandler
    public CustomerAccount(OpenCustomerAccount command, Clock clock) {
        if (command.customerId() == null || command.tenantId() == null) {
            throw new RuleViolation("CUSTOMER_ID_REQUIRED", null, "a customer needs an id and a shop");
        }
        CustomerDetails details = normalise(command.details());
        checkAmount(Math.abs(command.openingBalance()), "openingBalance", true);
        // In a constructor Axon applies events only once it returns: the opening entry must wait for the account's
        // id and shop to be set by the first event, or it would be recorded for no customer and no shop.
        apply(new CustomerAccountOpened(command.tenantId(), command.customerId(), details, clock.instant()))
                .andThen(() -> {
                    if (command.openingBalance() != 0) {
                        record(LedgerEntryKind.OPENING_BALANCE, command.openingBalance(), null, null,
                                "opening balance from the paper bahi", null, command.businessDate(), clock);
                    }
                });
    }

    @CommandHandler
    public CustomerDetails handle(UpdateCustomer command, Clock clock) {
        requireOwn(command.tenantId());
        CustomerDetails changed = normalise(command.details());
        if (!changed.equals(details)) {
            apply(new CustomerDetailsChanged(tenantId, customerId, changed, clock.instant()));
        }
        return details;
    }

    @CommandHandler
    public LedgerEntryRecorded handle(ChargeCreditSale command, Clock clock) {
        requireOwn(command.tenantId());
        checkAmount(command.amount(), "amount", false);
        Long limit = details.creditLimit();
        if (limit != null && balance + command.amount() > limit && command.overriddenBy() == null) {
            throw new StateConflict("CREDIT_LIMIT_EXCEEDED", details.name() + " owes ₹" + Money.format(balance)
                    + "; ₹" + Money.format(command.amount()) + " more would pass the credit limit of ₹"
                    + Money.format(limit) + " (an owner or manager may override it)");
        }
        String overriddenBy = limit != null && balance + command.amount() > limit ? command.overriddenBy() : null;
        return record(LedgerEntryKind.CREDIT_SALE, command.amount(), command.saleId(), command.saleId(), null,
                overriddenBy, command.businessDate(), clock);
    }

    @CommandHandler
    public LedgerEntryRecorded handle(CreditReturn command, Clock clock) {
        requireOwn(command.tenantId());
        checkAmount(command.amount(), "amount", false);
        return record(LedgerEntryKind.RETURN, -command.amount(), command.saleId(), command.reference(), null, null,
                command.businessDate(), clock);
    }

    /**
     * A cancelled sale takes off the khata exactly what it put on it (its {@code CREDIT_SALE} amount, whatever was
     * repaid since: a repayment stays the customer's money, now an advance or against other bills), as a
     * {@code SALE_CANCELLED} credit naming the sale and the reason. Not refused but ignored (records nothing, answers
     * null): a sale this khata never charged (a cash sale that only named the customer) and one already credited back,
     * so a cancel applied again cannot credit a rupee twice and a cancel can never credit what was never owed.
     */
    @CommandHandler
    public LedgerEntryRecorded handle(ReverseCreditSale command, Clock clock) {
        requireOwn(command.tenantId());
        Long charged = command.saleId() == null ? null : creditSales.get(command.saleId());
        if (charged == null || charged <= 0) {
            return null;
        }
        return record(LedgerEntryKind.SALE_CANCELLED, -charged, command.saleId(), command.saleId(),
                text(command.reason(), "reason"), null, command.businessDate(), clock);
    }

    /** A repayment the payments context recorded; the same payment applied again changes nothing (answers null). */
    @CommandHandler
    public LedgerEntryRecorded handle(RecordRepayment command, Clock clock) {
        requireOwn(command.tenantId());
        checkAmount(command.amount(), "amount", false);
        String entryId = "payment:" + command.paymentId();
        if (command.paymentId() != null && payments.contains(entryId)) {
            return null;
        }
        return record(command.paymentId() == null ? null : entryId, LedgerEntryKind.REPAYMENT, -command.amount(), null,
                text(command.reference(), "reference"), text(command.method(), "method"), null, command.businessDate(),
                clock);
    }

    /** A refunded repayment: the customer owes it again. */
    @CommandHandler
    public LedgerEntryRecorded handle(dev.bahi.sales.api.ReverseRepayment command, Clock clock) {
        requireOwn(command.tenantId());
        checkAmount(command.amount(), "amount", false);
        String entryId = "refund:" + command.refundId();
        if (payments.contains(entryId)) {
            return null;
        }
        return record(entryId, LedgerEntryKind.REPAYMENT_REFUNDED, command.amount(), null,
                text(command.reference(), "reference"), "repayment refunded", null, command.businessDate(), clock);
    }

    @CommandHandler
    public LedgerEntryRecorded handle(AdjustBalance command, Clock clock) {
        requireOwn(command.tenantId());
        if (command.amount() == 0) {
            throw new RuleViolation("AMOUNT_ZERO", "amount", "an adjustment changes the balance");
        }
        checkAmount(Math.abs(command.amount()), "amount", false);
        String reason = text(command.reason(), "reason");
        if (reason == null) {
            throw new RuleViolation("REASON_REQUIRED", "reason", "say why the khata is adjusted");
        }
        return record(LedgerEntryKind.ADJUSTMENT, command.amount(), null, null, reason, null, command.businessDate(),
                clock);
    }

    /**
     * A reminder of the balance, at most one per business date whoever asks (a person or the shop's policy on any
     * number of instances). Nothing is sent here: the notifications context sends what the event asks for.
     */
    @CommandHandler
    public ReminderRequested handle(RequestReminder command, Clock clock) {
        requireOwn(command.tenantId());
        LocalDate requestedOn = reminderDate(command.requestedOn());
        if (balance <= 0) {
            throw new StateConflict("NOTHING_DUE", details.name() + " owes nothing"
                    + (balance < 0 ? " (₹" + Money.format(-balance) + " paid in advance)" : ""));
        }
        if (details.remindersOptOut()) {
            throw new StateConflict("REMINDERS_OPTED_OUT", details.name() + " asked not to be sent reminders");
        }
        if (lastRemindedOn != null && !requestedOn.isAfter(LocalDate.parse(lastRemindedOn))) {
            throw new StateConflict("ALREADY_REMINDED_TODAY", details.name() + " was already reminded on "
                    + lastRemindedOn);
        }
        String link = command.payeeVpa() == null || command.payeeVpa().isBlank() ? null
                : UpiLink.of(command.payeeVpa().trim(), command.payeeName(), balance, upiReference(command.reminderId()),
                        command.payeeName() == null ? null : "Khata " + command.payeeName().trim());
        ReminderRequested requested = new ReminderRequested(tenantId, customerId, command.reminderId(), details.phone(),
                details.name(), balance, link, command.channel() == null ? ReminderChannel.WHATSAPP : command.channel(),
                text(command.note(), "note"), command.automatic(), requestedOn.toString(), clock.instant());
        apply(requested);
        return requested;
    }

    /** {@code tr} of the UPI link: letters and digits only (NPCI), short, and traceable to the reminder. */
    static String upiReference(String reminderId) {
        String digits = reminderId == null ? "" : reminderId.replaceAll("[^A-Za-z0-9]", "");
        return "KHATA" + (digits.length() > 12 ? digits.substring(digits.length() - 12) : digits).toUpperCase(Locale.ROOT);
    }

    private static LocalDate reminderDate(String raw) {
        if (raw == null) {
            throw new RuleViolation("DATE_REQUIRED", "requestedOn", "a reminder is dated with the business date");
        }
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException e) {
            throw new RuleViolation("DATE_INVALID", "requestedOn", "'" + raw + "' is not a date such as 2026-11-24");
        }
    }

    /** {@code amount} positive is a debit (owed more), negative a credit. */
    private LedgerEntryRecorded record(LedgerEntryKind kind, long amount, String saleId, String reference, String note,
                                       String overriddenBy, String businessDate, Clock clock) {
        return record(null, kind, amount, saleId, reference, note, overriddenBy, businessDate, clock);
    }

    /** The same, with an entry id naming the payment or refund it came from ({@code payment:…}, {@code refund:…}). */
    private LedgerEntryRecorded record(String entryId, LedgerEntryKind kind, long amount, String saleId,
                                       String reference, String note, String overriddenBy, String businessDate,
                                       Clock clock) {
        LedgerEntryRecorded entry = new LedgerEntryRecorded(tenantId, customerId,
                entryId != null ? entryId : customerId + ":" + (entries + 1),
                entries + 1, kind, Math.max(amount, 0), Math.max(-amount, 0), balance + amount, saleId, reference, note,
                overriddenBy, businessDate, clock.instant());
        apply(entry);
        return entry;
    }

    static CustomerDetails normalise(CustomerDetails raw) {
        if (raw == null) {
            throw new RuleViolation("CUSTOMER_REQUIRED", null, "the customer's details are required");
        }
        String name = text(raw.name(), "name");
        if (name == null) {
            throw new RuleViolation("NAME_REQUIRED", "name", "a customer has a name");
        }
        if (raw.phone() == null) {
            throw new RuleViolation("PHONE_REQUIRED", "phone", "a customer has a mobile number");
        }
        String gstin = raw.gstin() == null || raw.gstin().isBlank() ? null
                : RuleViolation.at("gstin", () -> Gstin.parse(raw.gstin())).value();
        String stateCode = raw.stateCode() == null || raw.stateCode().isBlank() ? null : raw.stateCode().trim();
        if (stateCode != null && !StateCode.isValid(stateCode)) {
            throw new RuleViolation("STATE_CODE_INVALID", "stateCode", "'" + stateCode + "' is not a GST state code");
        }
        if (gstin != null && stateCode != null && !gstin.startsWith(stateCode)) {
            throw new RuleViolation("GSTIN_STATE_MISMATCH", "gstin", "the GSTIN belongs to another state");
        }
        if (raw.creditLimit() != null && raw.creditLimit() < 0) {
            throw new RuleViolation("CREDIT_LIMIT_NEGATIVE", "creditLimit", "a credit limit may not be negative");
        }
        if (raw.creditLimit() != null) {
            checkAmount(raw.creditLimit(), "creditLimit", true);
        }
        return new CustomerDetails(name, raw.phone(), gstin, stateCode == null && gstin != null ? gstin.substring(0, 2)
                : stateCode, text(raw.address(), "address"), raw.creditLimit(), raw.remindersOptOut());
    }

    private static void checkAmount(long amount, String field, boolean zeroAllowed) {
        if (amount < 0 || (!zeroAllowed && amount == 0)) {
            throw new RuleViolation("AMOUNT_NOT_POSITIVE", field, "an amount is above zero");
        }
        if (amount > MAX_AMOUNT) {
            throw new RuleViolation("AMOUNT_TOO_LARGE", field, "an udhaar amount is at most ₹" + Money.format(MAX_AMOUNT));
        }
    }

    private static String text(String raw, String field) {
        return dev.bahi.platform.kernel.Text.optional(raw, field, MAX_TEXT, "TEXT_TOO_LONG");
    }

    private void requireOwn(String commandTenantId) {
        if (tenantId == null || !tenantId.equals(commandTenantId)) {
            throw new NotFound("CUSTOMER_NOT_FOUND", "customer " + customerId + " not found");
        }
    }

    @EventSourcingHandler
    void on(CustomerAccountOpened event) {
        customerId = event.customerId();
        tenantId = event.tenantId();
        details = event.details();
    }

    @EventSourcingHandler
    void on(CustomerDetailsChanged event) {
        details = event.details();
    }

    @EventSourcingHandler
    void on(LedgerEntryRecorded event) {
        balance = event.balance();
        entries = event.sequence();
        if (event.entryId().startsWith("payment:") || event.entryId().startsWith("refund:")) {
            payments.add(event.entryId());
        }
        if (event.saleId() != null && event.kind() == LedgerEntryKind.CREDIT_SALE) {
            creditSales.merge(event.saleId(), event.debit(), Long::sum);
        } else if (event.saleId() != null && event.kind() == LedgerEntryKind.SALE_CANCELLED) {
            creditSales.remove(event.saleId());
        }
    }

    @EventSourcingHandler
    void on(ReminderRequested event) {
        lastRemindedOn = event.requestedOn();
    }
}
