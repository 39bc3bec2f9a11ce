package dev.bahi.sales.application.port.in;

import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.GstInvoice;
import dev.bahi.sales.application.port.out.PdfLayout;
import java.util.List;

/** A sale's GST document and credit notes, and their PDFs. */
public interface InvoiceUseCase {
    /** The sale's invoice, issued now or earlier, with a signed path to its PDF. */
    IssuedInvoice issue(String tenantId, String saleId);

    byte[] invoicePdf(String tenantId, String saleId, PdfLayout layout);

    /** For a signed link: the link's signature has been checked by the caller. */
    byte[] sharedInvoicePdf(String tenantId, String saleId, PdfLayout layout);

    CreditNote returnGoods(String tenantId, String saleId, ReturnInput input);

    byte[] creditNotePdf(String tenantId, String saleId, String returnId, PdfLayout layout);

    /** An issued invoice and the path of its PDF, signed to work without a token until it expires. */
    record IssuedInvoice(GstInvoice invoice, String signedPdfPath) {
    }

    /** Goods coming back: items and quantities as text, and why. */
    record ReturnInput(List<Line> lines, String reason, String note) {
        /** One returned item. */
        public record Line(String itemId, String quantity) {
        }
    }
}
