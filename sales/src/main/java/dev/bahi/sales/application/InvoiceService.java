package dev.bahi.sales.application;

import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.UpiLink;
import dev.bahi.platform.runtime.axon.Aggregates;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.platform.runtime.web.SignedLinks;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.GstInvoice;
import dev.bahi.sales.api.IssueGstInvoice;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.ReturnReason;
import dev.bahi.sales.api.ReturnSaleLines;
import dev.bahi.sales.api.ReturnedLine;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.application.port.in.InvoiceUseCase;
import dev.bahi.sales.application.port.out.DocumentFiles;
import dev.bahi.sales.application.port.out.InvoicePdfRenderer;
import dev.bahi.sales.application.port.out.PdfLayout;
import dev.bahi.sales.application.port.out.QrCodes;
import dev.bahi.tenant.api.BusinessProfile;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Issues GST documents and draws their PDFs. A PDF is drawn once per document and layout and kept; the invoice
 * carries a UPI QR for what the buyer still has to pay when the shop has a UPI id.
 */
public final class InvoiceService implements InvoiceUseCase {
    static final Duration LINK_VALIDITY = Duration.ofDays(7);
    static final int QR_PIXELS = 240;

    private final CommandGateway commands;
    private final SaleQueryService sales;
    private final ShopDirectory shops;
    private final InvoicePdfRenderer renderer;
    private final DocumentFiles files;
    private final QrCodes qrCodes;
    private final SignedLinks links;
    private final Clock clock;

    public InvoiceService(CommandGateway commands, SaleQueryService sales, ShopDirectory shops,
                          InvoicePdfRenderer renderer, DocumentFiles files, QrCodes qrCodes, SignedLinks links,
                          Clock clock) {
        this.commands = commands;
        this.sales = sales;
        this.shops = shops;
        this.renderer = renderer;
        this.files = files;
        this.qrCodes = qrCodes;
        this.links = links;
        this.clock = clock;
    }

    @Override
    public IssuedInvoice issue(String tenantId, String saleId) {
        BusinessProfile shop = shops.profile(tenantId);
        GstInvoice invoice = toSale(saleId, () -> commands.sendAndWait(
                new IssueGstInvoice(saleId, tenantId, today(shop), shop.invoicePrefix())));
        return new IssuedInvoice(invoice, signedPdfPath(tenantId, saleId, PdfLayout.A4));
    }

    /** The path of a link to the invoice PDF that works without a token for 7 days. */
    public String signedPdfPath(String tenantId, String saleId, PdfLayout layout) {
        return links.sign(sharedPath(tenantId, saleId, layout), LINK_VALIDITY);
    }

    /** The path a signed link to an invoice PDF signs: the layout is part of what is signed. */
    public static String sharedPath(String tenantId, String saleId, PdfLayout layout) {
        return "/api/v1/shared/invoices/" + tenantId + "/" + saleId + ".pdf?layout=" + layout.name();
    }

    @Override
    public byte[] invoicePdf(String tenantId, String saleId, PdfLayout layout) {
        SaleView sale = sales.findAfterWrite(tenantId, saleId).orElseThrow(() -> saleNotFound(saleId));
        if (sale.invoice() == null) {
            // The invoice may have been issued a moment ago: wait for the read model before saying it was not.
            sale = awaitSale(tenantId, saleId, s -> s.invoice() != null)
                    .orElseThrow(() -> new NotFound("INVOICE_NOT_FOUND", "sale " + saleId + " has no invoice yet"));
        }
        SaleView invoiced = sale;
        String key = "invoice/" + saleId + "/" + layout.name();
        return files.find(tenantId, key).orElseGet(() -> {
            byte[] pdf = renderer.render(InvoiceDocuments.invoice(invoiced, upiQr(invoiced), upiNote(invoiced)), layout);
            files.store(tenantId, key, "application/pdf", pdf);
            return pdf;
        });
    }

    @Override
    public byte[] sharedInvoicePdf(String tenantId, String saleId, PdfLayout layout) {
        return invoicePdf(tenantId, saleId, layout);
    }

    @Override
    public CreditNote returnGoods(String tenantId, String saleId, ReturnInput input) {
        if (input == null || input.lines() == null || input.lines().isEmpty()) {
            throw new RuleViolation("LINES_REQUIRED", "lines", "say which items come back");
        }
        List<ReturnedLine> lines = new ArrayList<>();
        for (int i = 0; i < input.lines().size(); i++) {
            ReturnInput.Line line = input.lines().get(i);
            String at = "lines[" + i + "]";
            if (line == null || line.itemId() == null || line.itemId().isBlank()) {
                throw new RuleViolation("ITEM_REQUIRED", at + ".itemId", "each returned line names an item");
            }
            lines.add(new ReturnedLine(line.itemId(), quantity(line.quantity(), at + ".quantity")));
        }
        ReturnReason reason = reason(input.reason());
        BusinessProfile shop = shops.profile(tenantId);
        return toSale(saleId, () -> commands.sendAndWait(new ReturnCounterSale(new ReturnSaleLines(saleId, tenantId,
                Ids.newId(), lines, reason, input.note(), today(shop)))));
    }

    @Override
    public byte[] creditNotePdf(String tenantId, String saleId, String returnId, PdfLayout layout) {
        Predicate<SaleView> hasNote = s -> s.returns().stream().anyMatch(r -> r.returnId().equals(returnId));
        SaleView sale = awaitSale(tenantId, saleId, hasNote)
                .orElseThrow(() -> new NotFound("CREDIT_NOTE_NOT_FOUND", "no credit note " + returnId + " on sale " + saleId));
        CreditNote note = sale.returns().stream().filter(r -> r.returnId().equals(returnId)).findFirst().orElseThrow();
        String key = "credit-note/" + returnId + "/" + layout.name();
        return files.find(tenantId, key).orElseGet(() -> {
            byte[] pdf = renderer.render(InvoiceDocuments.creditNote(sale, note), layout);
            files.store(tenantId, key, "application/pdf", pdf);
            return pdf;
        });
    }

    private Optional<SaleView> awaitSale(String tenantId, String saleId, Predicate<SaleView> condition) {
        return ReadYourWrites.await(() -> sales.find(tenantId, saleId).filter(condition), ReadYourWrites.DEFAULT_WAIT);
    }

    /**
     * A QR for what is still to be paid: the credit part of the bill, or the whole bill when it is paid by UPI at
     * the counter. None without the shop's UPI id, or for a bill settled in cash or card.
     */
    private byte[] upiQr(SaleView sale) {
        Long amount = upiAmount(sale);
        if (sale.seller().upiId() == null || amount == null) {
            return null;
        }
        return qrCodes.png(UpiLink.of(sale.seller().upiId(), sale.seller().name(), amount,
                sale.invoice().invoiceNumber(), "Bill " + sale.invoice().invoiceNumber()), QR_PIXELS);
    }

    private String upiNote(SaleView sale) {
        Long amount = upiAmount(sale);
        return sale.seller().upiId() == null || amount == null ? null
                : "Scan to pay Rs. " + dev.bahi.platform.kernel.IndianNumbers.rupees(amount) + " to " + sale.seller().upiId();
    }

    private static Long upiAmount(SaleView sale) {
        if (sale.payment().due() > 0) {
            return sale.payment().due();
        }
        return sale.payment().mode() == PaymentMode.UPI ? sale.totals().grandTotal() : null;
    }

    private String today(BusinessProfile shop) {
        return ShopDirectory.businessDate(shop, clock.instant());
    }

    private static BigDecimal quantity(String raw, String field) {
        BigDecimal quantity = SaleService.decimal(raw, field);
        if (quantity == null) {
            throw new RuleViolation("QUANTITY_REQUIRED", field, "a returned quantity is required");
        }
        return quantity;
    }

    private static ReturnReason reason(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("REASON_REQUIRED", "reason", "say why the goods came back: "
                    + Arrays.toString(ReturnReason.values()));
        }
        try {
            return ReturnReason.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("REASON_INVALID", "reason", "'" + raw + "' is not one of "
                    + Arrays.toString(ReturnReason.values()));
        }
    }

    /** A command to a sale that does not exist answers like another shop's sale: not found. */
    static <T> T toSale(String saleId, java.util.function.Supplier<T> send) {
        return Aggregates.orNotFound(send, () -> saleNotFound(saleId));
    }

    static NotFound saleNotFound(String saleId) {
        return new NotFound("SALE_NOT_FOUND", "sale " + saleId + " not found");
    }
}
