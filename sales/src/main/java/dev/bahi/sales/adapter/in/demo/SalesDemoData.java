package dev.bahi.sales.adapter.in.demo;

import dev.bahi.inventory.api.ItemPage;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.inventory.api.ListItems;
import dev.bahi.platform.runtime.demo.DemoData;
import dev.bahi.sales.api.ListSales;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.application.port.in.FindSalesUseCase;
import dev.bahi.sales.application.port.in.InvoiceUseCase;
import dev.bahi.sales.application.port.in.ManageCustomersUseCase;
import dev.bahi.sales.application.port.in.RecordSaleUseCase;
import dev.bahi.sales.application.port.in.SaleInput;
import dev.bahi.tenant.api.FindTenantsNamed;
import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * A day at the counter for each demo shop: a customer's khata opened with her paper-bahi balance, two dozen sales
 * in cash, UPI and card, one on her udhaar, one
 * B2B sale to a registered buyer in another state (the kirana only), most with their invoice, and one return.
 * Runs only while the shop has no sales, so a restart with the demo flag adds nothing.
 */
public final class SalesDemoData implements DemoData {
    static final int SALES_PER_SHOP = 24;
    static final String KIRANA = "Sharma Kirana Store";
    static final String PHARMACY = "Patil Medical and General";

    private final QueryGateway queries;
    private final RecordSaleUseCase recording;
    private final InvoiceUseCase invoices;
    private final FindSalesUseCase sales;
    private final ManageCustomersUseCase customers;

    public SalesDemoData(QueryGateway queries, RecordSaleUseCase recording, InvoiceUseCase invoices,
                         FindSalesUseCase sales, ManageCustomersUseCase customers) {
        this.queries = queries;
        this.recording = recording;
        this.invoices = invoices;
        this.sales = sales;
        this.customers = customers;
    }

    /** After the demo shops and their catalogues. */
    @Override
    public int order() {
        return 20;
    }

    @Override
    public List<String> create() {
        List<String> lines = new ArrayList<>();
        for (String name : List.of(KIRANA, PHARMACY)) {
            shopNamed(name).ifPresent(shop -> {
                String tenantId = shop.tenantId();
                if (!sales.list(new ListSales(tenantId, null, null, null, 1, null)).sales().isEmpty()) {
                    return;
                }
                List<ItemView> items = queries.query(new ListItems(tenantId, null, false, false, 200, null),
                        ResponseTypes.instanceOf(ItemPage.class)).join().items();
                if (items.isEmpty()) {
                    return;
                }
                lines.add(name + ": " + ringUpADay(tenantId, items, name.equals(KIRANA)) + " demo sales");
            });
        }
        return lines;
    }

    private int ringUpADay(String tenantId, List<ItemView> items, boolean regular) {
        Random random = new Random(tenantId.hashCode());
        // A regular on udhaar, moved over from the paper bahi with what she already owed.
        String khata = customers.open(tenantId, new ManageCustomersUseCase.CustomerInput("Meena Kulkarni",
                regular ? "9822054321" : "9845054321", null, null, "Flat 3, Shivaji Nagar", "5000.00", "350.00",
                false)).customerId();
        int made = 0;
        SaleView returnable = null;
        for (int i = 0; i < SALES_PER_SHOP; i++) {
            List<SaleInput.Line> lines = new ArrayList<>();
            int count = 1 + random.nextInt(4);
            for (int l = 0; l < count; l++) {
                ItemView item = items.get(random.nextInt(items.size()));
                boolean loose = !item.details().unit().isCounted();
                String quantity = loose ? List.of("0.5", "1", "0.25", "2").get(random.nextInt(4))
                        : String.valueOf(1 + random.nextInt(3));
                lines.add(new SaleInput.Line(item.itemId(), quantity, null, null));
            }
            SaleInput.Customer customer = null;
            SaleInput.PaymentInput payment = new SaleInput.PaymentInput(List.of("CASH", "UPI", "UPI", "CARD").get(i % 4), null, null);
            if (i == 5) {
                customer = new SaleInput.Customer(khata, null, null, null, null, null);
                payment = new SaleInput.PaymentInput("CREDIT", null, null);
            } else if (i == 11 && regular) {
                customer = new SaleInput.Customer(null, "Patil Healthcare LLP", null, "29AAGCB7383J1Z4", null,
                        "4th Cross, Jayanagar, Bengaluru 560041");
            }
            try {
                SaleView sale = recording.record(tenantId, new SaleInput(lines, customer, null, payment, null), null);
                made++;
                if (i % 6 != 3) {
                    invoices.issue(tenantId, sale.saleId());
                    var first = sale.lines().get(0);
                    if (returnable == null && first.quantity().compareTo(java.math.BigDecimal.valueOf(2)) >= 0
                            && first.quantity().stripTrailingZeros().scale() <= 0) {
                        returnable = sale;
                    }
                }
            } catch (RuntimeException refused) {
                // A demo line the shop's rules refuse (e.g. a composition shop's inter-state sale) is simply skipped.
            }
        }
        if (returnable != null) {
            var line = returnable.lines().get(0);
            invoices.returnGoods(tenantId, returnable.saleId(), new InvoiceUseCase.ReturnInput(
                    List.of(new InvoiceUseCase.ReturnInput.Line(line.itemId(), "1")), "CHANGED_MIND", null));
        }
        return made;
    }

    private Optional<TenantView> shopNamed(String name) {
        return FindTenantsNamed.first(queries.query(new FindTenantsNamed(name), ResponseTypes.instanceOf(TenantPage.class))
                .join());
    }
}
