package dev.bahi.sales.application;

import dev.bahi.inventory.api.FindItem;
import dev.bahi.inventory.api.ItemDetails;
import dev.bahi.inventory.api.ItemView;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.sales.api.Buyer;
import dev.bahi.sales.api.CustomerDetails;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.FindCustomer;
import dev.bahi.sales.api.CancelSale;
import dev.bahi.sales.api.PaymentMode;
import dev.bahi.sales.api.PaymentPart;
import dev.bahi.sales.api.PricedLine;
import dev.bahi.sales.api.RecordSale;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.SaleStatus;
import dev.bahi.sales.api.SaleView;
import dev.bahi.sales.api.Seller;
import dev.bahi.sales.application.port.in.RecordSaleUseCase;
import dev.bahi.sales.application.port.in.SaleInput;
import dev.bahi.sales.domain.Sale;
import dev.bahi.tenant.api.Address;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.TenantView;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Rings up a sale: prices every line from the catalogue as it stands now, lets the sale work out its GST (so bad
 * input is refused before any stock moves), then issues the stock and records the sale in one unit of work.
 */
public final class SaleService implements RecordSaleUseCase {
    static final int MAX_LINES = 200;

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final SaleQueryService sales;
    private final ShopDirectory shops;
    private final Clock clock;

    public SaleService(CommandGateway commands, QueryGateway queries, SaleQueryService sales, ShopDirectory shops,
                       Clock clock) {
        this.commands = commands;
        this.queries = queries;
        this.sales = sales;
        this.shops = shops;
        this.clock = clock;
    }

    @Override
    public SaleView record(String tenantId, SaleInput input, String overriddenBy) {
        if (input == null || input.lines() == null || input.lines().isEmpty()) {
            throw new RuleViolation("LINES_REQUIRED", "lines", "a sale has at least one line");
        }
        if (input.lines().size() > MAX_LINES) {
            throw new RuleViolation("TOO_MANY_LINES", "lines", "a sale has at most " + MAX_LINES + " lines");
        }
        TenantView shop = shops.shop(tenantId);
        List<PricedLine> lines = price(tenantId, input.lines());
        RecordSale command = new RecordSale(Ids.newId(), tenantId, seller(shop.profile()),
                buyer(tenantId, input.customer()),
                blankToNull(input.placeOfSupply()), lines, mode(input.payment(), "payment.mode"),
                parts(input.payment()), input.note(), businessDate(shop.profile()));
        SaleRecorded priced = Sale.price(command, clock);
        commands.sendAndWait(new RecordCounterSale(command, priced.payment().due(), priced.businessDate(),
                overriddenBy));
        return new SaleView(priced.saleId(), tenantId, SaleStatus.RECORDED, priced.seller(), priced.buyer(),
                priced.documentType(), priced.supplyType(), priced.placeOfSupply(), priced.lines(), priced.totals(),
                priced.payment(), priced.note(), priced.businessDate(), priced.recordedAt(), null, null, List.of());
    }

    @Override
    public SaleView cancel(String tenantId, String saleId, String reason) {
        String today = businessDate(shops.shop(tenantId).profile());
        InvoiceService.toSale(saleId, () -> commands.sendAndWait(
                new CancelCounterSale(new CancelSale(saleId, tenantId, reason), today)));
        SaleView sale = sales.findAfterWrite(tenantId, saleId)
                .orElseThrow(() -> new NotFound("SALE_NOT_FOUND", "sale " + saleId + " not found"));
        return sale.with(SaleStatus.CANCELLED, reason == null ? null : reason.trim(), sale.invoice(), sale.returns());
    }

    private List<PricedLine> price(String tenantId, List<SaleInput.Line> input) {
        Map<String, ItemView> items = new HashMap<>();
        List<PricedLine> lines = new ArrayList<>();
        for (int i = 0; i < input.size(); i++) {
            String at = "lines[" + i + "]";
            SaleInput.Line line = input.get(i);
            if (line == null || line.itemId() == null || line.itemId().isBlank()) {
                throw new RuleViolation("ITEM_REQUIRED", at + ".itemId", "each line names an item");
            }
            ItemView item = items.computeIfAbsent(line.itemId(), id -> queries.query(new FindItem(tenantId, id),
                    ResponseTypes.optionalInstanceOf(ItemView.class)).join().orElse(null));
            if (item == null) {
                throw new RuleViolation("ITEM_NOT_FOUND", at + ".itemId", "no item " + line.itemId() + " in this shop");
            }
            if (item.archived()) {
                throw new StateConflict("ITEM_ARCHIVED", "item " + item.details().sku() + " is archived");
            }
            ItemDetails d = item.details();
            BigDecimal quantity = decimal(line.quantity(), at + ".quantity");
            if (quantity == null) {
                throw new RuleViolation("QUANTITY_REQUIRED", at + ".quantity", "each line has a quantity");
            }
            Long unitPrice = RuleViolation.at(at + ".unitPrice", () -> Money.paiseOrNull(line.unitPrice()));
            Long discount = RuleViolation.at(at + ".discount", () -> Money.paiseOrNull(line.discount()));
            lines.add(new PricedLine(item.itemId(), d.sku(), d.name(), d.hsn(), d.unit().name(), d.unit().uqc(), quantity,
                    unitPrice == null ? d.salePrice() : unitPrice, discount == null ? 0 : discount, d.priceIncludesTax(),
                    d.gstRate(), d.cessRate()));
        }
        return lines;
    }

    static Seller seller(BusinessProfile p) {
        Address a = p.address();
        List<String> address = a == null ? List.of() : Stream.of(a.line1(), a.line2(),
                        Stream.of(a.city(), a.pincode()).filter(Objects::nonNull).reduce((x, y) -> x + " " + y).orElse(null))
                .filter(Objects::nonNull).filter(s -> !s.isBlank()).toList();
        return new Seller(p.name(), p.legalName(), p.gstRegistration().name(), p.gstin(), p.stateCode(), address,
                p.phone(), p.email(), p.upiId());
    }

    /** A customer of the shop by id (their khata details as they stand), or a buyer typed in at the counter. */
    private Buyer buyer(String tenantId, SaleInput.Customer c) {
        if (c == null) {
            return null;
        }
        if (c.customerId() != null && !c.customerId().isBlank()) {
            CustomerView customer = queries.query(new FindCustomer(tenantId, c.customerId()),
                    ResponseTypes.optionalInstanceOf(CustomerView.class)).join()
                    .orElseThrow(() -> new RuleViolation("CUSTOMER_NOT_FOUND", "customer.customerId",
                            "no customer " + c.customerId() + " in this shop"));
            CustomerDetails d = customer.details();
            return new Buyer(customer.customerId(), d.name(), d.phone(), d.gstin(), d.stateCode(), d.address());
        }
        if (Stream.of(c.name(), c.phone(), c.gstin(), c.stateCode(), c.address()).allMatch(s -> s == null || s.isBlank())) {
            return null;
        }
        return new Buyer(null, c.name(), c.phone(), c.gstin(), c.stateCode(), c.address());
    }

    private String businessDate(BusinessProfile profile) {
        return ShopDirectory.businessDate(profile, clock.instant());
    }

    private static PaymentMode mode(SaleInput.PaymentInput payment, String field) {
        if (payment == null) {
            throw new RuleViolation("PAYMENT_MODE_REQUIRED", field, "say how the sale is paid: CASH, UPI, CARD, CREDIT or SPLIT");
        }
        return mode(payment.mode(), field);
    }

    private static PaymentMode mode(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation("PAYMENT_MODE_REQUIRED", field, "say how the sale is paid: CASH, UPI, CARD, CREDIT or SPLIT");
        }
        try {
            return PaymentMode.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("PAYMENT_MODE_INVALID", field, "'" + raw + "' is not CASH, UPI, CARD, CREDIT or SPLIT");
        }
    }

    private static List<PaymentPart> parts(SaleInput.PaymentInput payment) {
        if (payment == null || payment.parts() == null) {
            return List.of();
        }
        List<PaymentPart> parts = new ArrayList<>();
        for (int i = 0; i < payment.parts().size(); i++) {
            SaleInput.Part part = payment.parts().get(i);
            String at = "payment.parts[" + i + "]";
            if (part == null) {
                throw new RuleViolation("PAYMENT_PART_REQUIRED", at, "a part has a mode and an amount");
            }
            parts.add(new PaymentPart(mode(part.mode(), at + ".mode"),
                    RuleViolation.at(at + ".amount", () -> Money.paise(part.amount()))));
        }
        return parts;
    }

    /** A quantity as typed ("2", "0.250"); null when blank. Whether it suits the item is the domain's to say. */
    static BigDecimal decimal(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(raw.trim());
            if (value.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) > 0) {
                throw new RuleViolation("QUANTITY_TOO_LARGE", field, "a quantity may be at most 1000000000");
            }
            return value;
        } catch (NumberFormatException e) {
            throw new RuleViolation("QUANTITY_INVALID", field, "'" + raw + "' is not a quantity");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
