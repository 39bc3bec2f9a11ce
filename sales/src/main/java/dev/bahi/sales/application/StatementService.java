package dev.bahi.sales.application;

import dev.bahi.platform.kernel.IndianNumbers;
import dev.bahi.platform.kernel.UpiLink;
import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.Ledger;
import dev.bahi.sales.api.LedgerEntryView;
import dev.bahi.sales.application.port.in.FindCustomersUseCase;
import dev.bahi.sales.application.port.in.StatementUseCase;
import dev.bahi.sales.application.port.out.QrCodes;
import dev.bahi.sales.application.port.out.StatementDocument;
import dev.bahi.sales.application.port.out.StatementPdfRenderer;
import dev.bahi.tenant.api.BusinessProfile;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a customer's khata statement: the same ledger as {@code GET /customers/{id}/ledger} for the same range (so
 * the figures are the same), under the shop's letterhead, with a UPI QR for what is owed when the shop takes UPI.
 * Nothing is stored: the khata moves on, so a statement is drawn afresh each time.
 */
public final class StatementService implements StatementUseCase {
    static final int QR_PIXELS = 240;

    private final FindCustomersUseCase customers;
    private final ShopDirectory shops;
    private final StatementPdfRenderer renderer;
    private final QrCodes qrCodes;
    private final Clock clock;

    public StatementService(FindCustomersUseCase customers, ShopDirectory shops, StatementPdfRenderer renderer,
                            QrCodes qrCodes, Clock clock) {
        this.customers = customers;
        this.shops = shops;
        this.renderer = renderer;
        this.qrCodes = qrCodes;
        this.clock = clock;
    }

    @Override
    public byte[] statementPdf(String tenantId, String customerId, String from, String to) {
        // The ledger checks the dates and that the customer is this shop's, exactly as the ledger endpoint does.
        Ledger ledger = customers.ledger(tenantId, customerId, from, to);
        CustomerView customer = customers.find(tenantId, customerId)
                .orElseThrow(() -> CustomerQueryService.customerNotFound(customerId));
        BusinessProfile shop = shops.profile(tenantId);
        return renderer.render(document(shop, customer, ledger, ShopDirectory.businessDate(shop, clock.instant())));
    }

    /** What the statement prints; {@code today} is the shop's business date (yyyy-MM-dd). */
    StatementDocument document(BusinessProfile shop, CustomerView customer, Ledger ledger, String today) {
        long debits = 0;
        long credits = 0;
        List<StatementDocument.Line> lines = new ArrayList<>(ledger.entries().size());
        for (LedgerEntryView entry : ledger.entries()) {
            debits += entry.debit();
            credits += entry.credit();
            lines.add(new StatementDocument.Line(InvoiceDocuments.printed(entry.date()), particulars(entry),
                    amountOrNull(entry.debit()), amountOrNull(entry.credit()), IndianNumbers.rupees(entry.balance())));
        }
        long closing = ledger.closingBalance();
        CustomerDetails details = customer.details();
        byte[] qr = null;
        String upiNote = null;
        if (closing > 0 && shop.upiId() != null && !shop.upiId().isBlank()) {
            qr = qrCodes.png(UpiLink.of(shop.upiId(), shop.name(), closing, null, "Khata " + details.name()), QR_PIXELS);
            upiNote = "Scan to pay Rs. " + IndianNumbers.rupees(closing) + " to " + shop.upiId();
        }
        return new StatementDocument(
                new StatementDocument.Shop(shop.name(), shop.legalName(), SaleService.seller(shop).address(),
                        shop.gstin(), shop.phone()),
                new StatementDocument.Customer(details.name(), details.phone(), details.address(), details.gstin()),
                period(ledger.from(), ledger.to(), today), InvoiceDocuments.printed(today),
                IndianNumbers.rupees(ledger.openingBalance()), List.copyOf(lines), IndianNumbers.rupees(debits),
                IndianNumbers.rupees(credits), IndianNumbers.rupees(closing),
                closing > 0 ? IndianNumbers.amountInWords(closing) : null, qr, upiNote);
    }

    /** "01-11-2026 to 30-11-2026"; an open start reads "Up to ...", an open end runs to today. */
    static String period(String from, String to, String today) {
        String last = InvoiceDocuments.printed(to == null ? today : to);
        return from == null ? "Up to " + last : InvoiceDocuments.printed(from) + " to " + last;
    }

    /**
     * The kind of entry in words with its reference, then its note in brackets (the reason of an adjustment, the
     * method of a repayment) unless the note only says what the words already do.
     */
    static String particulars(LedgerEntryView entry) {
        String words = switch (entry.kind()) {
            case OPENING_BALANCE -> "Opening balance from the paper bahi";
            case CREDIT_SALE -> "Credit sale";
            case REPAYMENT -> "Repayment";
            case RETURN -> "Return";
            case ADJUSTMENT -> "Adjustment";
            case REPAYMENT_REFUNDED -> "Repayment refunded";
            case SALE_CANCELLED -> "Sale cancelled";
        };
        StringBuilder text = new StringBuilder(words);
        if (entry.reference() != null && !entry.reference().isBlank()) {
            text.append(' ').append(entry.reference().trim());
        }
        if (entry.note() != null && !entry.note().isBlank() && !entry.note().trim().equalsIgnoreCase(words)) {
            text.append(" (").append(entry.note().trim()).append(')');
        }
        return text.toString();
    }

    private static String amountOrNull(long paise) {
        return paise == 0 ? null : IndianNumbers.rupees(paise);
    }
}
