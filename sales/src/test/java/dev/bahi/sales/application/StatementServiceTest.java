package dev.bahi.sales.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerPage;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.Ledger;
import dev.bahi.sales.api.LedgerEntryKind;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.api.ListCustomers;
import dev.bahi.sales.application.port.in.FindCustomersUseCase;
import dev.bahi.sales.application.port.out.QrCodes;
import dev.bahi.sales.application.port.out.StatementDocument;
import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.GstRegistration;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a khata statement prints, from the ledger as the ledger endpoint answers it. */
class StatementServiceTest {
    private static final BusinessProfile SHOP = shop("sharmakirana@okaxis");
    private static final CustomerView MEENA = new CustomerView("c-1", "t-1", new CustomerDetails("Meena Patil",
            "+919822012345", null, "27", "Shivaji Nagar, Pune 411005", 500000L, false), 90_000, Instant.EPOCH,
            Instant.EPOCH);

    private final List<String> qrTexts = new ArrayList<>();
    private final QrCodes qrCodes = (text, size) -> {
        qrTexts.add(text);
        return new byte[] {1, 2, 3};
    };

    @Test
    void every_entry_is_printed_with_its_kind_in_words_its_reference_and_its_running_balance() {
        Ledger ledger = new Ledger("c-1", "2025-11-01", "2025-11-30", 1_250_00, 1_535_00, List.of(
                entry(1, "2025-11-03", LedgerEntryKind.CREDIT_SALE, 570_00, 0, 1_820_00, "sale-1", null),
                entry(2, "2025-11-05", LedgerEntryKind.RETURN, 0, 285_00, 1_535_00, "CN/25-26/0000004", null),
                entry(3, "2025-11-10", LedgerEntryKind.REPAYMENT, 0, 1_000_00, 535_00, "431234567890", "UPI"),
                entry(4, "2025-11-12", LedgerEntryKind.ADJUSTMENT, 1_000_00, 0, 1_535_00, null, "Bill 47 missed")));

        StatementDocument doc = service().document(SHOP, MEENA, ledger, "2025-12-01");

        assertThat(doc.shop()).isEqualTo(new StatementDocument.Shop("Sharma Kirana Store", "Sharma Traders LLP",
                List.of("Shop 4, Laxmi Market", "Dadar West", "Mumbai 400028"), "27AAPFU0939F1ZV", "+919820012345"));
        assertThat(doc.customer()).isEqualTo(new StatementDocument.Customer("Meena Patil", "+919822012345",
                "Shivaji Nagar, Pune 411005", null));
        assertThat(doc.period()).isEqualTo("01-11-2025 to 30-11-2025");
        assertThat(doc.generatedOn()).isEqualTo("01-12-2025");
        assertThat(doc.openingBalance()).isEqualTo("1,250.00");
        assertThat(doc.lines()).containsExactly(
                new StatementDocument.Line("03-11-2025", "Credit sale sale-1", "570.00", null, "1,820.00"),
                new StatementDocument.Line("05-11-2025", "Return CN/25-26/0000004", null, "285.00", "1,535.00"),
                new StatementDocument.Line("10-11-2025", "Repayment 431234567890 (UPI)", null, "1,000.00", "535.00"),
                new StatementDocument.Line("12-11-2025", "Adjustment (Bill 47 missed)", "1,000.00", null, "1,535.00"));
        assertThat(doc.totalDebit()).isEqualTo("1,570.00");
        assertThat(doc.totalCredit()).isEqualTo("1,285.00");
        assertThat(doc.closingBalance()).isEqualTo("1,535.00");
        assertThat(doc.amountDueInWords()).isEqualTo("Rupees One Thousand Five Hundred Thirty-Five Only");
    }

    @Test
    void a_cancelled_credit_sale_reads_sale_cancelled_with_the_sale_and_the_reason() {
        LedgerEntryView entry = entry(2, "2025-11-04", LedgerEntryKind.SALE_CANCELLED, 0, 570_00, 0, "sale-1",
                "wrong item billed");

        assertThat(StatementService.particulars(entry)).isEqualTo("Sale cancelled sale-1 (wrong item billed)");
    }

    @Test
    void what_is_owed_gets_a_upi_qr_for_the_closing_balance_with_the_khata_as_the_note() {
        Ledger ledger = new Ledger("c-1", null, null, 0, 1_535_50, List.of(
                entry(1, "2025-11-03", LedgerEntryKind.OPENING_BALANCE, 1_535_50, 0, 1_535_50, null,
                        "opening balance from the paper bahi")));

        StatementDocument doc = service().document(SHOP, MEENA, ledger, "2025-12-01");

        assertThat(doc.lines().get(0).particulars()).as("a note that repeats the words is left out")
                .isEqualTo("Opening balance from the paper bahi");
        assertThat(doc.period()).as("an open range runs to today").isEqualTo("Up to 01-12-2025");
        assertThat(doc.upiQrPng()).isNotEmpty();
        assertThat(qrTexts).containsExactly("upi://pay?pa=sharmakirana@okaxis&pn=Sharma%20Kirana%20Store&am=1535.50"
                + "&cu=INR&tn=Khata%20Meena%20Patil");
        assertThat(doc.upiNote()).isEqualTo("Scan to pay Rs. 1,535.50 to sharmakirana@okaxis");
    }

    @Test
    void nothing_owed_or_no_upi_id_means_no_qr_and_an_advance_has_no_amount_in_words() {
        Ledger advance = new Ledger("c-1", "2025-11-01", null, 0, -200_50, List.of(
                entry(1, "2025-11-02", LedgerEntryKind.REPAYMENT, 0, 200_50, -200_50, "4312", "CASH")));
        StatementDocument paidAhead = service().document(SHOP, MEENA, advance, "2025-12-01");
        assertThat(paidAhead.closingBalance()).isEqualTo("-200.50");
        assertThat(paidAhead.amountDueInWords()).isNull();
        assertThat(paidAhead.upiQrPng()).isNull();
        assertThat(paidAhead.upiNote()).isNull();
        assertThat(paidAhead.period()).isEqualTo("01-11-2025 to 01-12-2025");

        Ledger owed = new Ledger("c-1", null, "2025-11-30", 100_00, 100_00, List.of());
        StatementDocument noUpi = service().document(shop(null), MEENA, owed, "2025-12-01");
        assertThat(noUpi.upiQrPng()).isNull();
        assertThat(noUpi.amountDueInWords()).isEqualTo("Rupees One Hundred Only");
        assertThat(noUpi.totalDebit()).isEqualTo("0.00");
        assertThat(noUpi.period()).isEqualTo("Up to 30-11-2025");
        assertThat(qrTexts).isEmpty();
    }

    @Test
    void the_ledger_query_decides_about_dates_and_customers_before_anything_is_drawn() {
        FindCustomersUseCase refusing = new Customers(null) {
            @Override
            public Ledger ledger(String tenantId, String customerId, String from, String to) {
                throw new RuleViolation("DATE_RANGE_INVALID", "from", "from is after to");
            }
        };
        StatementService service = new StatementService(refusing, null, doc -> {
            throw new AssertionError("nothing is drawn");
        }, qrCodes, Clock.systemUTC());
        assertThatThrownBy(() -> service.statementPdf("t-1", "c-1", "2025-12-01", "2025-11-01"))
                .isInstanceOf(RuleViolation.class);

        StatementService unknown = new StatementService(new Customers(null), null, doc -> new byte[0], qrCodes,
                Clock.systemUTC());
        assertThatThrownBy(() -> unknown.statementPdf("t-1", "c-9", null, null)).isInstanceOf(NotFound.class)
                .hasMessageContaining("c-9");
    }

    private StatementService service() {
        return new StatementService(new Customers(MEENA), null, doc -> new byte[0], qrCodes, Clock.systemUTC());
    }

    private static BusinessProfile shop(String upiId) {
        return new BusinessProfile("Sharma Kirana Store", "Sharma Traders LLP", GstRegistration.REGULAR,
                "27AAPFU0939F1ZV", "27", new Address("Shop 4, Laxmi Market", "Dadar West", "Mumbai", "400028"),
                "+919820012345", null, upiId, "Asia/Kolkata", "SKS");
    }

    private static LedgerEntryView entry(long sequence, String date, LedgerEntryKind kind, long debit, long credit,
                                         long balance, String reference, String note) {
        return new LedgerEntryView("c-1:" + sequence, sequence, date, kind, debit, credit, balance, null, reference,
                note, null, Instant.EPOCH);
    }

    /** Knows one customer (or none); its ledger is not found like the real query's for an unknown customer. */
    private static class Customers implements FindCustomersUseCase {
        private final CustomerView known;

        Customers(CustomerView known) {
            this.known = known;
        }

        @Override
        public Optional<CustomerView> find(String tenantId, String customerId) {
            return Optional.ofNullable(known).filter(c -> c.customerId().equals(customerId));
        }

        @Override
        public CustomerPage list(ListCustomers query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Ledger ledger(String tenantId, String customerId, String from, String to) {
            return find(tenantId, customerId).map(c -> new Ledger(customerId, from, to, 0, 0, List.of()))
                    .orElseThrow(() -> CustomerQueryService.customerNotFound(customerId));
        }
    }
}
