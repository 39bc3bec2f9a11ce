package dev.bahi.sales.application;

import dev.bahi.sales.api.FindInvoicePdf;
import dev.bahi.sales.api.InvoicePdf;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.application.port.out.PdfLayout;
import dev.bahi.sales.application.port.out.SaleReadModel;
import org.axonframework.queryhandling.QueryHandler;

/** Hands an issued invoice's PDF and a signed link to it to other contexts (the notifications share them). */
public class InvoicePdfQueryHandler {
    private final SaleReadModel sales;
    private final InvoiceService invoices;

    public InvoicePdfQueryHandler(SaleReadModel sales, InvoiceService invoices) {
        this.sales = sales;
        this.invoices = invoices;
    }

    @QueryHandler
    public InvoicePdf handle(FindInvoicePdf query) {
        SaleView sale = sales.find(query.tenantId(), query.saleId()).orElse(null);
        if (sale == null || sale.invoice() == null) {
            return null;
        }
        byte[] pdf = invoices.invoicePdf(query.tenantId(), query.saleId(), PdfLayout.A4);
        String number = sale.invoice().invoiceNumber();
        return new InvoicePdf(sale.saleId(), number, sale.invoice().documentType(),
                number.replaceAll("[^A-Za-z0-9-]", "-") + ".pdf",
                invoices.signedPdfPath(query.tenantId(), query.saleId(), PdfLayout.A4), pdf);
    }
}
