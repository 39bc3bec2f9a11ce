package dev.bahi.sales.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.CancelSale;
import dev.bahi.sales.api.CancelledSale;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.Payment;
import dev.bahi.sales.api.RecordSale;
import dev.bahi.sales.api.SaleCancelled;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.SaleSettled;
import dev.bahi.sales.api.SaleStatus;
import dev.bahi.sales.api.SettleSale;
import dev.bahi.sales.api.Settlement;
import dev.bahi.sales.api.UnsettleSale;
import dev.bahi.platform.kernel.Money;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SupplyType;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.DocumentSeries;
import dev.bahi.sales.api.GstInvoice;
import dev.bahi.sales.api.GstInvoiceIssued;
import dev.bahi.sales.api.IssueGstInvoice;
import dev.bahi.sales.api.ReturnSaleLines;
import dev.bahi.sales.api.SaleReturned;
import dev.bahi.sales.api.TaxedLine;
import dev.bahi.platform.kernel.FinancialYear;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One counter sale: priced lines in, GST worked out by the sale itself, then recorded for good. A sale may be
 * cancelled until its invoice is issued; after that only a credit note changes it.
 */
// The runtime's AxonMongoConfiguration.SNAPSHOT_TRIGGER, spelled out to keep the domain free of the runtime.
@Aggregate(snapshotTriggerDefinition = "bahiSnapshotTrigger")
public class Sale {
    static final int MAX_LINES = 200;
    static final int MAX_NOTE = 500;

    @AggregateIdentifier
    private String saleId;
    private String tenantId;
    private SaleStatus status;
    private DocumentType documentType;
    private SupplyType supplyType;
    private List<TaxedLine> lines;
    private GstInvoice invoice;
    /** The buyer's khata, when the sale left something due on it, and how much of that returns gave back. */
    private String customerId;
    private long due;
    private long paid;
    private long grandTotal;
    /** Payments and refunds already applied, so that applying one again changes nothing. */
    private java.util.Set<String> settlements = new java.util.HashSet<>();
    private long creditedBack;
    /** What came back so far, per line number. */
    private Map<Integer, TaxedLine> returned = new HashMap<>();

    protected Sale() {
    }

    @CommandHandler
    public Sale(RecordSale command, Clock clock) {
        SaleRecorded recorded = price(command, clock);
        apply(recorded);
    }

    /** Works the whole sale out without recording it, so callers can refuse bad input before stock moves. */
    public static SaleRecorded price(RecordSale command, Clock clock) {
        if (command.saleId() == null || command.tenantId() == null) {
            throw new RuleViolation("SALE_ID_REQUIRED", null, "a sale needs an id and a shop");
        }
        if (command.seller() == null || command.seller().stateCode() == null) {
            throw new RuleViolation("SELLER_REQUIRED", null, "a sale needs the shop's details");
        }
        if (command.lines() == null || command.lines().isEmpty()) {
            throw new RuleViolation("LINES_REQUIRED", "lines", "a sale has at least one line");
        }
        if (command.lines().size() > MAX_LINES) {
            throw new RuleViolation("TOO_MANY_LINES", "lines", "a sale has at most " + MAX_LINES + " lines");
        }
        Buyer buyer = SalePolicy.buyer(command.buyer());
        DocumentType documentType = SalePolicy.documentType(command.seller());
        String placeOfSupply = SalePolicy.placeOfSupply(command.seller(), buyer, command.placeOfSupply());
        SupplyType supplyType = SalePolicy.supplyType(command.seller(), placeOfSupply);
        SalePolicy.checkSupply(command.seller(), supplyType);
        GstCalculator.Result priced = GstCalculator.compute(command.lines(), documentType, supplyType);
        SalePolicy.checkBuyerDetails(buyer, priced.totals(), documentType);
        Payment payment = SalePolicy.payment(command.paymentMode(), command.paymentParts(),
                priced.totals().grandTotal(), buyer);
        String note = SalePolicy.text(command.note(), "note");
        if (note != null && note.length() > MAX_NOTE) {
            throw new RuleViolation("NOTE_TOO_LONG", "note", "a note has at most " + MAX_NOTE + " characters");
        }
        return new SaleRecorded(command.tenantId(), command.saleId(), command.seller(), buyer, documentType, supplyType,
                placeOfSupply, priced.lines(), priced.totals(), payment, note, command.businessDate(), clock.instant());
    }

    /** Answers the sale's lines, whose stock the caller gives back, and the khata it named, which credits it back. */
    @CommandHandler
    public CancelledSale handle(CancelSale command, Clock clock) {
        requireOwn(command.tenantId());
        String reason = SalePolicy.text(command.reason(), "reason");
        if (reason == null) {
            throw new RuleViolation("REASON_REQUIRED", "reason", "say why the sale is cancelled");
        }
        if (status == SaleStatus.CANCELLED) {
            throw new StateConflict("SALE_ALREADY_CANCELLED", "sale " + saleId + " is already cancelled");
        }
        if (status == SaleStatus.INVOICED) {
            throw new StateConflict("SALE_INVOICED", "sale " + saleId + " has its invoice; take a return instead");
        }
        apply(new SaleCancelled(tenantId, saleId, reason, clock.instant()));
        return new CancelledSale(saleId, customerId, lines);
    }

    /** Numbers and dates the sale's GST document; a second request answers the document already issued. */
    @CommandHandler
    public GstInvoice handle(IssueGstInvoice command, Clock clock, DocumentNumbers numbers) {
        requireOwn(command.tenantId());
        if (status == SaleStatus.CANCELLED) {
            throw new StateConflict("SALE_CANCELLED", "sale " + saleId + " was cancelled");
        }
        if (invoice != null) {
            return invoice;
        }
        String financialYear = FinancialYear.of(date(command.invoiceDate(), "invoiceDate")).toString();
        String number = numbers.next(tenantId, DocumentSeries.INVOICE, financialYear,
                command.prefix() == null ? "INV" : command.prefix(), saleId);
        apply(new GstInvoiceIssued(tenantId, saleId, new GstInvoice(number, command.invoiceDate(), documentType,
                financialYear), clock.instant()));
        return invoice;
    }

    /** A credit note against the invoice for goods that came back; never more than was sold less earlier returns. */
    @CommandHandler
    public CreditNote handle(ReturnSaleLines command, Clock clock, DocumentNumbers numbers) {
        requireOwn(command.tenantId());
        if (status == SaleStatus.CANCELLED) {
            throw new StateConflict("SALE_CANCELLED", "sale " + saleId + " was cancelled");
        }
        if (invoice == null) {
            throw new StateConflict("SALE_NOT_INVOICED", "sale " + saleId + " has no invoice yet; cancel it instead");
        }
        if (command.reason() == null) {
            throw new RuleViolation("REASON_REQUIRED", "reason", "say why the goods came back");
        }
        List<TaxedLine> parts = ReturnPolicy.returnedParts(lines, returned, command.lines(), documentType, supplyType);
        String financialYear = FinancialYear.of(date(command.noteDate(), "noteDate")).toString();
        String number = numbers.next(tenantId, DocumentSeries.CREDIT_NOTE, financialYear, "CN", command.returnId());
        SaleTotals noteTotals = GstCalculator.totals(parts);
        long udhaarCredit = Math.min(noteTotals.grandTotal(), Math.max(0, due - creditedBack));
        CreditNote note = new CreditNote(command.returnId(), number, command.noteDate(), financialYear,
                invoice.invoiceNumber(), invoice.invoiceDate(), command.reason(), SalePolicy.text(command.note(), "note"),
                parts, noteTotals, command.reason().restocks(), udhaarCredit,
                udhaarCredit > 0 ? customerId : null);
        apply(new SaleReturned(tenantId, saleId, note, clock.instant()));
        return note;
    }

    /**
     * A payment that succeeded reduces what the sale owes, never below zero: an excess goes to the customer's khata
     * only when the payer says so, which is the caller's to arrange.
     */
    @CommandHandler
    public Settlement handle(SettleSale command, Clock clock) {
        requireOwn(command.tenantId());
        if (status == SaleStatus.CANCELLED) {
            throw new StateConflict("SALE_CANCELLED", "sale " + saleId + " was cancelled");
        }
        if (command.amount() <= 0) {
            throw new RuleViolation("AMOUNT_NOT_POSITIVE", "amount", "a payment is above zero");
        }
        if (settlements.contains(command.paymentId())) {
            return settlement();
        }
        if (command.amount() > due) {
            throw new RuleViolation("PAYMENT_EXCEEDS_DUE", "amount", "the sale owes ₹" + Money.format(due)
                    + "; send the rest to the customer's udhaar explicitly");
        }
        apply(new SaleSettled(tenantId, saleId, command.paymentId(), command.amount(), paid + command.amount(),
                due - command.amount(), clock.instant()));
        return settlement();
    }

    /** A refund puts its part of a payment back on what the sale owes. */
    @CommandHandler
    public Settlement handle(UnsettleSale command, Clock clock) {
        requireOwn(command.tenantId());
        if (settlements.contains(command.refundId())) {
            return settlement();
        }
        if (command.amount() <= 0 || command.amount() > paid) {
            throw new RuleViolation("AMOUNT_INVALID", "amount", "a refund takes back at most what the sale was paid");
        }
        apply(new SaleSettled(tenantId, saleId, command.refundId(), -command.amount(), paid - command.amount(),
                due + command.amount(), clock.instant()));
        return settlement();
    }

    private Settlement settlement() {
        return new Settlement(saleId, tenantId, grandTotal, paid, due, customerId);
    }

    private static LocalDate date(String raw, String field) {
        try {
            return LocalDate.parse(raw);
        } catch (DateTimeParseException | NullPointerException e) {
            throw new RuleViolation("DATE_INVALID", field, field + " is a date such as 2026-11-24");
        }
    }

    private void requireOwn(String commandTenantId) {
        if (tenantId == null || !tenantId.equals(commandTenantId)) {
            throw new NotFound("SALE_NOT_FOUND", "sale " + saleId + " not found");
        }
    }

    @EventSourcingHandler
    void on(SaleRecorded event) {
        saleId = event.saleId();
        tenantId = event.tenantId();
        status = SaleStatus.RECORDED;
        documentType = event.documentType();
        supplyType = event.supplyType();
        lines = event.lines();
        customerId = event.buyer() == null ? null : event.buyer().customerId();
        due = event.payment().due();
        paid = event.payment().paid();
        grandTotal = event.totals().grandTotal();
    }

    @EventSourcingHandler
    void on(GstInvoiceIssued event) {
        status = SaleStatus.INVOICED;
        invoice = event.invoice();
    }

    @EventSourcingHandler
    void on(SaleReturned event) {
        for (TaxedLine part : event.creditNote().lines()) {
            returned.merge(part.number(), part, ReturnPolicy::add);
        }
        creditedBack += event.creditNote().udhaarCredit();
    }

    @EventSourcingHandler
    void on(SaleSettled event) {
        paid = event.paid();
        due = event.due();
        settlements.add(event.reference());
    }

    @EventSourcingHandler
    void on(SaleCancelled event) {
        status = SaleStatus.CANCELLED;
    }
}
