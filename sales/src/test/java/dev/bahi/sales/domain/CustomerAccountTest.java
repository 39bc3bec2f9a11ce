package dev.bahi.sales.domain;

import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.violation;
import static dev.bahi.platform.runtime.testing.ErrorCodeMatchers.withCode;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
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
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The khata's rules, given events → when command → expected events or refusal, on a fixed clock. */
class CustomerAccountTest {
    static final String SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07";
    static final String OTHER_SHOP = "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b99";
    static final String MEENA = "0193c0de-0000-7000-8000-00000000000a";
    static final Instant NOW = Instant.parse("2026-11-24T06:30:00Z");
    static final Instant EARLIER = Instant.parse("2026-11-01T05:00:00Z");
    static final String TODAY = "2026-11-24";
    static final String PUNE_GSTIN = "27AAPFU0939F1ZV";

    private FixtureConfiguration<CustomerAccount> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(CustomerAccount.class);
        fixture.registerInjectableResource(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    // ---------------------------------------------------------------- fixtures

    static CustomerDetails meena(Long creditLimit) {
        return new CustomerDetails("Meena Patil", "+919822012345", null, null, "Flat 4, Shivaji Nagar, Pune",
                creditLimit, false);
    }

    static CustomerAccountOpened opened(Long creditLimit) {
        return new CustomerAccountOpened(SHOP, MEENA, meena(creditLimit), EARLIER);
    }

    static LedgerEntryRecorded entry(long sequence, LedgerEntryKind kind, long debit, long credit, long balance,
                                     String saleId, String reference, String note, String overriddenBy,
                                     String businessDate, Instant at) {
        return new LedgerEntryRecorded(SHOP, MEENA, MEENA + ":" + sequence, sequence, kind, debit, credit, balance,
                saleId, reference, note, overriddenBy, businessDate, at);
    }

    /** A credit sale of {@code amount} recorded earlier, leaving {@code balance}. */
    static LedgerEntryRecorded sold(long sequence, String saleId, long amount, long balance) {
        return entry(sequence, LedgerEntryKind.CREDIT_SALE, amount, 0, balance, saleId, saleId, null, null,
                "2026-11-01", EARLIER);
    }

    // ---------------------------------------------------------------- opening

    @Test
    void opening_a_khata_without_an_opening_balance_records_only_the_customer() {
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, meena(500000L), 0, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CustomerAccountOpened(SHOP, MEENA, meena(500000L), NOW));
    }

    @Test
    void an_opening_balance_from_the_paper_bahi_is_the_first_debit() {
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, meena(null), 125000, TODAY))
                .expectEvents(new CustomerAccountOpened(SHOP, MEENA, meena(null), NOW),
                        entry(1, LedgerEntryKind.OPENING_BALANCE, 125000, 0, 125000, null, null,
                                "opening balance from the paper bahi", null, TODAY, NOW));
    }

    @Test
    void an_advance_paid_before_the_khata_opens_is_a_negative_opening_balance() {
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, meena(null), -20000, TODAY))
                .expectEvents(new CustomerAccountOpened(SHOP, MEENA, meena(null), NOW),
                        entry(1, LedgerEntryKind.OPENING_BALANCE, 0, 20000, -20000, null, null,
                                "opening balance from the paper bahi", null, TODAY, NOW));
    }

    @Test
    void details_are_trimmed_and_the_state_follows_the_gstin() {
        CustomerDetails typed = new CustomerDetails("  Patil Healthcare LLP ", "+919822012345", " " + PUNE_GSTIN + " ",
                " ", "  ", 0L, true);
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, typed, 0, TODAY))
                .expectEvents(new CustomerAccountOpened(SHOP, MEENA, new CustomerDetails("Patil Healthcare LLP",
                        "+919822012345", PUNE_GSTIN, "27", null, 0L, true), NOW));
    }

    @Test
    void a_bad_gstin_is_refused_on_the_gstin_field() {
        CustomerDetails details = new CustomerDetails("Meena Patil", "+919822012345", "27AAPFU0939F1ZX", null, null,
                null, false);
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, details, 0, TODAY))
                .expectException(violation("GSTIN_INVALID", "gstin"))
                .expectNoEvents();
    }

    @Test
    void a_gstin_of_another_state_than_the_customers_is_refused() {
        CustomerDetails details = new CustomerDetails("Meena Patil", "+919822012345", PUNE_GSTIN, "29", null, null,
                false);
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, details, 0, TODAY))
                .expectException(violation("GSTIN_STATE_MISMATCH", "gstin"))
                .expectNoEvents();
    }

    @Test
    void a_state_code_that_is_none_is_refused() {
        CustomerDetails details = new CustomerDetails("Meena Patil", "+919822012345", null, "99", null, null, false);
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, details, 0, TODAY))
                .expectException(violation("STATE_CODE_INVALID", "stateCode"));
    }

    @Test
    void a_customer_needs_a_name_and_a_phone() {
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, new CustomerDetails("  ", "+919822012345", null, null,
                        null, null, false), 0, TODAY))
                .expectException(violation("NAME_REQUIRED", "name"));
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, new CustomerDetails("Meena", null, null, null, null, null,
                        false), 0, TODAY))
                .expectException(violation("PHONE_REQUIRED", "phone"));
    }

    @Test
    void a_negative_credit_limit_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, meena(-1L), 0, TODAY))
                .expectException(violation("CREDIT_LIMIT_NEGATIVE", "creditLimit"))
                .expectNoEvents();
    }

    @Test
    void an_opening_balance_above_a_crore_is_refused() {
        fixture.givenNoPriorActivity()
                .when(new OpenCustomerAccount(MEENA, SHOP, meena(null), CustomerAccount.MAX_AMOUNT + 1, TODAY))
                .expectException(violation("AMOUNT_TOO_LARGE", "openingBalance"));
    }

    // ---------------------------------------------------------------- details

    @Test
    void changed_details_are_recorded_as_they_now_stand() {
        CustomerDetails changed = new CustomerDetails("Meena Patil", "+919822099999", PUNE_GSTIN, null, null, null,
                true);
        fixture.given(opened(500000L))
                .when(new UpdateCustomer(MEENA, SHOP, changed))
                .expectEvents(new CustomerDetailsChanged(SHOP, MEENA, new CustomerDetails("Meena Patil",
                        "+919822099999", PUNE_GSTIN, "27", null, null, true), NOW))
                .expectResultMessagePayload(new CustomerDetails("Meena Patil", "+919822099999", PUNE_GSTIN, "27",
                        null, null, true));
    }

    @Test
    void the_same_details_again_change_nothing() {
        fixture.given(opened(500000L))
                .when(new UpdateCustomer(MEENA, SHOP, meena(500000L)))
                .expectNoEvents()
                .expectResultMessagePayload(meena(500000L));
    }

    @Test
    void bad_details_on_a_change_are_refused() {
        fixture.given(opened(null))
                .when(new UpdateCustomer(MEENA, SHOP, new CustomerDetails("Meena Patil", "+919822012345",
                        PUNE_GSTIN, "29", null, null, false)))
                .expectException(violation("GSTIN_STATE_MISMATCH", "gstin"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- credit limit

    @Test
    void a_credit_sale_within_the_limit_is_debited() {
        fixture.given(opened(500000L), sold(1, "sale-1", 300000, 300000))
                .when(new ChargeCreditSale(MEENA, SHOP, "sale-2", 100000, null, TODAY))
                .expectEvents(entry(2, LedgerEntryKind.CREDIT_SALE, 100000, 0, 400000, "sale-2", "sale-2", null, null,
                        TODAY, NOW));
    }

    @Test
    void a_credit_sale_up_to_exactly_the_limit_is_allowed() {
        fixture.given(opened(500000L), sold(1, "sale-1", 300000, 300000))
                .when(new ChargeCreditSale(MEENA, SHOP, "sale-2", 200000, null, TODAY))
                .expectEvents(entry(2, LedgerEntryKind.CREDIT_SALE, 200000, 0, 500000, "sale-2", "sale-2", null, null,
                        TODAY, NOW));
    }

    @Test
    void a_credit_sale_over_the_limit_is_refused() {
        fixture.given(opened(500000L), sold(1, "sale-1", 300000, 300000))
                .when(new ChargeCreditSale(MEENA, SHOP, "sale-2", 200001, null, TODAY))
                .expectException(withCode(StateConflict.class, "CREDIT_LIMIT_EXCEEDED"))
                .expectNoEvents();
    }

    @Test
    void an_override_over_the_limit_is_recorded_with_who_allowed_it() {
        fixture.given(opened(500000L), sold(1, "sale-1", 300000, 300000))
                .when(new ChargeCreditSale(MEENA, SHOP, "sale-2", 250000, "owner-ravi", TODAY))
                .expectEvents(entry(2, LedgerEntryKind.CREDIT_SALE, 250000, 0, 550000, "sale-2", "sale-2", null,
                        "owner-ravi", TODAY, NOW));
    }

    @Test
    void an_override_within_the_limit_is_not_on_record_because_none_was_needed() {
        fixture.given(opened(500000L))
                .when(new ChargeCreditSale(MEENA, SHOP, "sale-1", 100000, "owner-ravi", TODAY))
                .expectEvents(entry(1, LedgerEntryKind.CREDIT_SALE, 100000, 0, 100000, "sale-1", "sale-1", null, null,
                        TODAY, NOW));
    }

    @Test
    void without_a_limit_any_credit_sale_is_debited() {
        fixture.given(opened(null), sold(1, "sale-1", 5000000, 5000000))
                .when(new ChargeCreditSale(MEENA, SHOP, "sale-2", 9000000, null, TODAY))
                .expectEvents(entry(2, LedgerEntryKind.CREDIT_SALE, 9000000, 0, 14000000, "sale-2", "sale-2", null,
                        null, TODAY, NOW));
    }

    @Test
    void a_limit_of_zero_allows_no_credit_at_all() {
        fixture.given(opened(0L))
                .when(new ChargeCreditSale(MEENA, SHOP, "sale-1", 1, null, TODAY))
                .expectException(withCode(StateConflict.class, "CREDIT_LIMIT_EXCEEDED"));
    }

    @Test
    void a_credit_sale_of_nothing_is_refused() {
        fixture.given(opened(null))
                .when(new ChargeCreditSale(MEENA, SHOP, "sale-1", 0, null, TODAY))
                .expectException(violation("AMOUNT_NOT_POSITIVE", "amount"));
    }

    // ---------------------------------------------------------------- credits

    @Test
    void goods_returned_against_a_credit_sale_are_credited() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(new CreditReturn(MEENA, SHOP, "sale-1", "return-1", "CN/26-27/0000001", 28500, TODAY))
                .expectEvents(entry(2, LedgerEntryKind.RETURN, 0, 28500, 91500, "sale-1", "CN/26-27/0000001", null,
                        null, TODAY, NOW));
    }

    @Test
    void a_repayment_is_credited_with_its_method_and_reference() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(new RecordRepayment(MEENA, SHOP, "payment-1", 50000, " UPI ", " 431234567890 ", TODAY))
                .expectEvents(paymentEntry(entry(2, LedgerEntryKind.REPAYMENT, 0, 50000, 70000, null, "431234567890",
                        "UPI", null, TODAY, NOW), "payment:payment-1"));
    }

    @Test
    void paying_more_than_is_owed_leaves_an_advance() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(new RecordRepayment(MEENA, SHOP, "payment-1", 150000, "CASH", null, TODAY))
                .expectEvents(paymentEntry(entry(2, LedgerEntryKind.REPAYMENT, 0, 150000, -30000, null, null, "CASH",
                        null, TODAY, NOW), "payment:payment-1"));
    }

    @Test
    void a_repayment_of_nothing_or_less_is_refused() {
        fixture.given(opened(null))
                .when(new RecordRepayment(MEENA, SHOP, "payment-1", -100, "CASH", null, TODAY))
                .expectException(violation("AMOUNT_NOT_POSITIVE", "amount"));
    }

    // ---------------------------------------------------------------- adjustments

    @Test
    void an_adjustment_either_way_is_recorded_with_its_reason() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(new AdjustBalance(MEENA, SHOP, "adj-1", -5000, " rounded off at settlement ", TODAY))
                .expectEvents(entry(2, LedgerEntryKind.ADJUSTMENT, 0, 5000, 115000, null, null,
                        "rounded off at settlement", null, TODAY, NOW));
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(new AdjustBalance(MEENA, SHOP, "adj-2", 12000, "bill missed in the paper bahi", TODAY))
                .expectEvents(entry(2, LedgerEntryKind.ADJUSTMENT, 12000, 0, 132000, null, null,
                        "bill missed in the paper bahi", null, TODAY, NOW));
    }

    @Test
    void an_adjustment_needs_a_reason() {
        fixture.given(opened(null))
                .when(new AdjustBalance(MEENA, SHOP, "adj-1", 5000, "   ", TODAY))
                .expectException(violation("REASON_REQUIRED", "reason"))
                .expectNoEvents();
    }

    @Test
    void an_adjustment_of_nothing_is_refused() {
        fixture.given(opened(null))
                .when(new AdjustBalance(MEENA, SHOP, "adj-1", 0, "nothing", TODAY))
                .expectException(violation("AMOUNT_ZERO", "amount"))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- another shop

    @Test
    void another_shop_finds_no_such_khata_for_any_command() {
        Object[] commands = {
            new UpdateCustomer(MEENA, OTHER_SHOP, meena(null)),
            new ChargeCreditSale(MEENA, OTHER_SHOP, "sale-1", 100, null, TODAY),
            new CreditReturn(MEENA, OTHER_SHOP, "sale-1", "return-1", "CN-1", 100, TODAY),
            new RecordRepayment(MEENA, OTHER_SHOP, "payment-1", 100, "CASH", null, TODAY),
            new AdjustBalance(MEENA, OTHER_SHOP, "adj-1", 100, "theirs", TODAY),
            new ReverseCreditSale(MEENA, OTHER_SHOP, "sale-1", "theirs", TODAY)};
        for (Object command : commands) {
            fixture.given(opened(null), sold(1, "sale-1", 1000, 1000))
                    .when(command)
                    .expectException(withCode(NotFound.class, "CUSTOMER_NOT_FOUND"))
                    .expectNoEvents();
        }
    }

    // ---------------------------------------------------------------- reminders

    static final String REMINDER = "0193c0de-1111-7000-8000-8e4c1b07a1b2";
    static final String KHATA_LINK = "upi://pay?pa=sharma@okaxis&pn=Sharma%20Kirana&am=1200.00&cu=INR"
            + "&tr=KHATA8E4C1B07A1B2&tn=Khata%20Sharma%20Kirana";

    static RequestReminder remind(String shop, String on) {
        return new RequestReminder(MEENA, shop, REMINDER, ReminderChannel.WHATSAPP, null, "sharma@okaxis",
                "Sharma Kirana", false, on);
    }

    static ReminderRequested reminded(String on) {
        return new ReminderRequested(SHOP, MEENA, REMINDER, "+919822012345", "Meena Patil", 120000, KHATA_LINK,
                ReminderChannel.WHATSAPP, null, false, on, NOW);
    }

    @Test
    void a_reminder_carries_the_balance_and_a_upi_link_for_exactly_it() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(remind(SHOP, TODAY))
                .expectEvents(reminded(TODAY))
                .expectResultMessagePayload(reminded(TODAY));
    }

    @Test
    void a_shop_without_a_upi_id_reminds_without_a_link() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(new RequestReminder(MEENA, SHOP, REMINDER, ReminderChannel.SMS, " Diwali se pehle ", null,
                        "Sharma Kirana", true, TODAY))
                .expectEvents(new ReminderRequested(SHOP, MEENA, REMINDER, "+919822012345", "Meena Patil", 120000,
                        null, ReminderChannel.SMS, "Diwali se pehle", true, TODAY, NOW));
    }

    @Test
    void nothing_due_means_no_reminder() {
        fixture.given(opened(null))
                .when(remind(SHOP, TODAY))
                .expectException(withCode(StateConflict.class, "NOTHING_DUE"))
                .expectNoEvents();
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000),
                        entry(2, LedgerEntryKind.REPAYMENT, 0, 150000, -30000, null, null, "CASH", null, TODAY, NOW))
                .when(remind(SHOP, TODAY))
                .expectException(withCode(StateConflict.class, "NOTHING_DUE"))
                .expectNoEvents();
    }

    @Test
    void a_customer_who_opted_out_is_not_reminded() {
        CustomerDetails optedOut = new CustomerDetails("Meena Patil", "+919822012345", null, null, null, null, true);
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000),
                        new CustomerDetailsChanged(SHOP, MEENA, optedOut, EARLIER))
                .when(remind(SHOP, TODAY))
                .expectException(withCode(StateConflict.class, "REMINDERS_OPTED_OUT"))
                .expectNoEvents();
    }

    @Test
    void a_customer_is_reminded_at_most_once_a_business_date_however_asked() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000), reminded(TODAY))
                .when(new RequestReminder(MEENA, SHOP, "another-reminder", ReminderChannel.SMS, null, null, "Sharma",
                        true, TODAY))
                .expectException(withCode(StateConflict.class, "ALREADY_REMINDED_TODAY"))
                .expectNoEvents();
    }

    @Test
    void a_customer_reminded_yesterday_is_reminded_again_today() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000), reminded("2026-11-23"))
                .when(remind(SHOP, TODAY))
                .expectEvents(reminded(TODAY));
    }

    @Test
    void another_shop_cannot_remind_this_shops_customer() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(remind(OTHER_SHOP, TODAY))
                .expectException(withCode(NotFound.class, "CUSTOMER_NOT_FOUND"))
                .expectNoEvents();
    }

    /** A repayment's or refund's entry is named after the payment, so that it is applied once. */
    static LedgerEntryRecorded paymentEntry(LedgerEntryRecorded e, String entryId) {
        return new LedgerEntryRecorded(e.tenantId(), e.customerId(), entryId, e.sequence(), e.kind(), e.debit(),
                e.credit(), e.balance(), e.saleId(), e.reference(), e.note(), e.overriddenBy(), e.businessDate(),
                e.recordedAt());
    }

    @Test
    void the_same_repayment_applied_twice_is_on_the_khata_once() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000), paymentEntry(entry(2, LedgerEntryKind.REPAYMENT,
                        0, 50000, 70000, null, null, "UPI", null, TODAY, NOW), "payment:payment-1"))
                .when(new RecordRepayment(MEENA, SHOP, "payment-1", 50000, "UPI", null, TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_refunded_repayment_is_owed_again_once() {
        var repaid = paymentEntry(entry(2, LedgerEntryKind.REPAYMENT, 0, 50000, 70000, null, null, "UPI", null, TODAY,
                NOW), "payment:payment-1");
        var refunded = paymentEntry(entry(3, LedgerEntryKind.REPAYMENT_REFUNDED, 20000, 0, 90000, null, "payment-1",
                "repayment refunded", null, TODAY, NOW), "refund:refund-1");
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000), repaid)
                .when(new dev.bahi.sales.api.ReverseRepayment(MEENA, SHOP, "refund-1", 20000, "payment-1", TODAY))
                .expectEvents(refunded);
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000), repaid, refunded)
                .when(new dev.bahi.sales.api.ReverseRepayment(MEENA, SHOP, "refund-1", 20000, "payment-1", TODAY))
                .expectNoEvents();
    }

    // ---------------------------------------------------------------- cancelled credit sales

    static LedgerEntryRecorded cancelled(long sequence, String saleId, long amount, long balance) {
        return entry(sequence, LedgerEntryKind.SALE_CANCELLED, 0, amount, balance, saleId, saleId, "wrong item", null,
                TODAY, NOW);
    }

    @Test
    void cancelling_a_credit_sale_credits_back_exactly_what_it_charged() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000), sold(2, "sale-2", 28500, 148500))
                .when(new ReverseCreditSale(MEENA, SHOP, "sale-2", " wrong item ", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectEvents(cancelled(3, "sale-2", 28500, 120000));
    }

    @Test
    void a_cancelled_sale_that_was_partly_repaid_still_credits_back_its_whole_charge_leaving_an_advance() {
        var repaid = paymentEntry(entry(2, LedgerEntryKind.REPAYMENT, 0, 50000, 70000, null, null, "UPI", null, TODAY,
                NOW), "payment:payment-1");
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000), repaid)
                .when(new ReverseCreditSale(MEENA, SHOP, "sale-1", "wrong item", TODAY))
                .expectEvents(cancelled(3, "sale-1", 120000, -50000));
    }

    @Test
    void a_sale_credited_back_once_is_never_credited_back_again() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000), cancelled(2, "sale-1", 120000, 0))
                .when(new ReverseCreditSale(MEENA, SHOP, "sale-1", "again", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(null)
                .expectNoEvents();
    }

    @Test
    void a_sale_the_khata_never_charged_credits_nothing() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(new ReverseCreditSale(MEENA, SHOP, "cash-sale-9", "wrong item", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(null)
                .expectNoEvents();
        fixture.given(opened(null))
                .when(new ReverseCreditSale(MEENA, SHOP, null, "wrong item", TODAY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void a_return_or_an_adjustment_naming_a_sale_does_not_make_it_a_charged_sale() {
        fixture.given(opened(null), entry(1, LedgerEntryKind.RETURN, 0, 10000, -10000, "sale-7", "CN-1", null, null,
                        TODAY, NOW))
                .when(new ReverseCreditSale(MEENA, SHOP, "sale-7", "wrong item", TODAY))
                .expectNoEvents();
    }

    @Test
    void another_shop_cannot_credit_back_this_shops_sale() {
        fixture.given(opened(null), sold(1, "sale-1", 120000, 120000))
                .when(new ReverseCreditSale(MEENA, OTHER_SHOP, "sale-1", "mine now", TODAY))
                .expectException(withCode(NotFound.class, "CUSTOMER_NOT_FOUND"))
                .expectNoEvents();
    }
}
