package dev.bahi.queryprojections.application;

import dev.bahi.queryprojections.application.port.out.GstRegisterReadModel;
import dev.bahi.queryprojections.domain.GstDocumentFact;
import dev.bahi.queryprojections.domain.GstLine;
import dev.bahi.queryprojections.domain.GstNumberFact;
import dev.bahi.queryprojections.domain.GstSaleFact;
import dev.bahi.queryprojections.domain.GstShopFact;
import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.DocumentNumberAssigned;
import dev.bahi.sales.api.GstInvoice;
import dev.bahi.sales.api.GstInvoiceIssued;
import dev.bahi.sales.api.SaleCancelled;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.SaleReturned;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.SupplyType;
import dev.bahi.sales.api.TaxedLine;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.TenantProfileUpdated;
import dev.bahi.tenant.api.TenantRegistered;
import java.util.List;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the GST register GSTR-1, GSTR-3B, the HSN summary and the sales register are made from: every issued GST
 * document (a sale becomes one when its invoice or bill of supply is issued, dated the document's date) and every
 * credit note, each stored under its own id (the sale's, the return's) with the buyer, place of supply and lines of
 * its sale, plus cancellations, document numbers and each shop's registration. Handling an event again writes the
 * same record again and nothing is a counter, so redeliveries and replays give the same register.
 */
@ProcessingGroup(GstRegisterProjection.PROCESSING_GROUP)
public class GstRegisterProjection {
    public static final String PROCESSING_GROUP = "query-projections.gst-register";

    private final GstRegisterReadModel register;

    public GstRegisterProjection(GstRegisterReadModel register) {
        this.register = register;
    }

    @EventHandler
    public void on(TenantRegistered e) {
        register.saveShop(shop(e.tenantId(), e.profile()));
    }

    @EventHandler
    public void on(TenantProfileUpdated e) {
        register.saveShop(shop(e.tenantId(), e.profile()));
    }

    @EventHandler
    public void on(SaleRecorded e) {
        Buyer buyer = e.buyer();
        SaleTotals t = e.totals();
        register.saveSale(new GstSaleFact(e.tenantId(), e.saleId(),
                e.documentType() == null ? null : e.documentType().name(), buyer == null ? null : buyer.name(),
                buyer == null ? null : buyer.gstin(), e.placeOfSupply(), e.supplyType() == SupplyType.INTER_STATE,
                lines(e.lines()), t.taxableValue(), t.cgst(), t.sgst(), t.igst(), t.cess(), t.grandTotal()));
    }

    @EventHandler
    public void on(GstInvoiceIssued e) {
        GstInvoice invoice = e.invoice();
        register.sale(e.tenantId(), e.saleId()).ifPresent(sale -> register.saveDocument(new GstDocumentFact(
                e.tenantId(), e.saleId(), e.saleId(), GstDocumentFact.Kind.INVOICE, invoice.invoiceNumber(),
                invoice.invoiceDate(), invoice.documentType() == null ? sale.documentType()
                : invoice.documentType().name(), sale.buyerName(), sale.buyerGstin(), sale.placeOfSupply(),
                sale.interState(), sale.lines(), sale.taxable(), sale.cgst(), sale.sgst(), sale.igst(), sale.cess(),
                sale.total(), null, null, 0, false, null)));
    }

    /** Only a sale without its invoice can be cancelled today; kept for all, so an invoice it hits counts as cancelled. */
    @EventHandler
    public void on(SaleCancelled e) {
        register.saveCancellation(e.tenantId(), e.saleId());
    }

    @EventHandler
    public void on(SaleReturned e) {
        CreditNote note = e.creditNote();
        Optional<GstSaleFact> sale = register.sale(e.tenantId(), e.saleId());
        SaleTotals t = note.totals();
        register.saveDocument(new GstDocumentFact(e.tenantId(), note.returnId(), e.saleId(),
                GstDocumentFact.Kind.CREDIT_NOTE, note.creditNoteNumber(), note.creditNoteDate(),
                sale.map(GstSaleFact::documentType).orElse(GstDocumentFact.TAX_INVOICE),
                sale.map(GstSaleFact::buyerName).orElse(null), sale.map(GstSaleFact::buyerGstin).orElse(null),
                sale.map(GstSaleFact::placeOfSupply).orElse(null), sale.map(GstSaleFact::interState).orElse(false),
                lines(note.lines()), t.taxableValue(), t.cgst(), t.sgst(), t.igst(), t.cess(), t.grandTotal(),
                note.originalInvoiceNumber(), note.originalInvoiceDate(), sale.map(GstSaleFact::total).orElse(0L),
                false, null));
    }

    @EventHandler
    public void on(DocumentNumberAssigned e) {
        register.saveNumber(new GstNumberFact(e.tenantId(), e.documentId(), e.series() == null ? null
                : e.series().name(), e.financialYear(), e.sequence(), e.number()));
    }

    @ResetHandler
    public void reset() {
        register.clear();
    }

    private static GstShopFact shop(String tenantId, BusinessProfile profile) {
        if (profile == null) {
            return new GstShopFact(tenantId, null, null, null, BusinessProfile.DEFAULT_TIME_ZONE);
        }
        return new GstShopFact(tenantId, profile.gstRegistration() == null ? null : profile.gstRegistration().name(),
                profile.gstin(), profile.stateCode(), profile.zone().getId());
    }

    private static List<GstLine> lines(List<TaxedLine> lines) {
        return lines == null ? List.of() : lines.stream().map(l -> new GstLine(l.hsn(), l.name(), l.uqc(),
                l.quantity(), l.gstRate(), l.taxableValue(), l.cgst(), l.sgst(), l.igst(), l.cess())).toList();
    }
}
