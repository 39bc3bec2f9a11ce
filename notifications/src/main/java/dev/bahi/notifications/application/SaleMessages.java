package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationDocument;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.platform.kernel.IndianNumbers;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.DocumentType;
import dev.bahi.sales.api.FindCustomer;
import dev.bahi.sales.api.FindInvoicePdf;
import dev.bahi.sales.api.InvoicePdf;
import dev.bahi.sales.api.SaleView;
import dev.bahi.tenant.api.BusinessProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * The message that goes with a sale: its GST invoice or bill of supply as a PDF (a signed link for WhatsApp, the
 * file for e-mail) once issued, else a receipt in words. The recipient is the buyer's phone or the customer's.
 */
public final class SaleMessages {
    private final QueryGateway queries;
    private final String publicUrl;

    public SaleMessages(QueryGateway queries, String publicUrl) {
        this.queries = queries;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The sale's message, without its recipient, channel and id. */
    public record Draft(NotificationKind kind, String customerName, Map<String, String> values,
                        NotificationDocument document) {
    }

    public Draft draft(SaleView sale, BusinessProfile shop) {
        Map<String, String> values = new HashMap<>();
        String customerName = sale.buyer() == null || sale.buyer().name() == null ? null : sale.buyer().name();
        values.put("customerName", customerName == null ? "" : customerName);
        values.put("shopName", shop.name());
        values.put("amount", IndianNumbers.rupees(sale.totals().grandTotal()));
        values.put("paid", IndianNumbers.rupees(sale.payment().paid()));
        values.put("due", IndianNumbers.rupees(sale.payment().due()));
        values.put("date", sale.businessDate());
        if (sale.invoice() == null) {
            return new Draft(NotificationKind.RECEIPT, customerName, values, null);
        }
        InvoicePdf pdf = queries.query(new FindInvoicePdf(sale.tenantId(), sale.saleId()),
                ResponseTypes.optionalInstanceOf(InvoicePdf.class)).join().orElse(null);
        if (pdf == null) {
            return new Draft(NotificationKind.RECEIPT, customerName, values, null);
        }
        String link = publicUrl + pdf.signedPath();
        values.put("documentType", pdf.documentType() == DocumentType.TAX_INVOICE ? "tax invoice" : "bill of supply");
        values.put("invoiceNumber", pdf.invoiceNumber());
        values.put("link", link);
        return new Draft(NotificationKind.INVOICE, customerName, values,
                new NotificationDocument(sale.saleId(), pdf.fileName(), link));
    }

    /** The phone a sale's message goes to: the buyer's on the bill, else the khata customer's. */
    public Optional<String> phoneOf(SaleView sale) {
        if (sale.buyer() == null) {
            return Optional.empty();
        }
        if (sale.buyer().phone() != null && !sale.buyer().phone().isBlank()) {
            return Optional.of(sale.buyer().phone());
        }
        return customer(sale.tenantId(), sale.buyer().customerId()).map(c -> c.details().phone());
    }

    public Optional<CustomerView> customer(String tenantId, String customerId) {
        if (customerId == null) {
            return Optional.empty();
        }
        return queries.query(new FindCustomer(tenantId, customerId),
                ResponseTypes.optionalInstanceOf(CustomerView.class)).join();
    }

    /** The address of a recipient on a channel, when the sale knows one. */
    public Optional<String> recipientOf(SaleView sale, Channel channel) {
        return channel == Channel.EMAIL ? Optional.empty() : phoneOf(sale);
    }
}
