package dev.bahi.notifications.application;

import dev.bahi.inventory.api.LowStockDetected;
import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPreferences;
import dev.bahi.payments.api.FindPayment;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentSucceeded;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.platform.kernel.IndianNumbers;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import dev.bahi.sales.api.FindSale;
import dev.bahi.sales.api.GstInvoiceIssued;
import dev.bahi.sales.api.ReminderChannel;
import dev.bahi.sales.api.ReminderRequested;
import dev.bahi.sales.api.SaleView;
import dev.bahi.tenant.api.BusinessProfile;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reacts to other contexts' events with messages: udhaar reminders, payment receipts, low-stock alerts to the owner
 * and, when the shop wants it, the invoice to the buyer as soon as it is issued. Each message's id is derived from
 * its trigger, so an event delivered twice asks once; handlers never run in a replay, and the processor starts at
 * the head of the event stream, so neither a rebuild nor a first start sends anything for the past.
 */
@ProcessingGroup(NotificationTriggers.PROCESSING_GROUP)
public class NotificationTriggers {
    public static final String PROCESSING_GROUP = "notifications.triggers";
    static final String SYSTEM = "system";
    /** Counter-sale payments were recorded with the sale; the bill already tells the buyer. */
    static final String COUNTER = "counter";
    private static final Logger LOG = LoggerFactory.getLogger(NotificationTriggers.class);

    private final Notifier notifier;
    private final Shops shops;
    private final SaleMessages sales;
    private final QueryGateway queries;

    public NotificationTriggers(Notifier notifier, Shops shops, SaleMessages sales, QueryGateway queries) {
        this.notifier = notifier;
        this.shops = shops;
        this.sales = sales;
        this.queries = queries;
    }

    @EventHandler
    @DisallowReplay
    public void on(ReminderRequested e) {
        BusinessProfile shop = shops.profile(e.tenantId());
        Map<String, String> values = new HashMap<>();
        values.put("customerName", e.customerName());
        values.put("balance", IndianNumbers.rupees(e.balance()));
        values.put("shopName", shop.name());
        values.put("upiLink", e.upiLink());
        values.put("note", e.note());
        Channel channel = e.channel() == ReminderChannel.SMS ? Channel.SMS : Channel.WHATSAPP;
        String trigger = "reminder:" + e.reminderId();
        request(new Notifier.Order(Notifier.idFor(e.tenantId(), trigger, e.requestedAt()), e.tenantId(),
                NotificationKind.UDHAAR_REMINDER, channel, e.phone(), e.customerName(), null, values, null,
                trigger, e.automatic(), true, SYSTEM, shop.zone()));
    }

    @EventHandler
    @DisallowReplay
    public void on(LowStockDetected e) {
        NotificationPreferences preferences = notifier.settingsOf(e.tenantId()).preferences();
        if (!preferences.lowStockAlerts()) {
            return;
        }
        BusinessProfile shop = shops.profile(e.tenantId());
        Channel channel = preferences.channels().get(NotificationKind.LOW_STOCK);
        Map<String, String> values = new HashMap<>();
        values.put("itemName", e.name());
        values.put("sku", e.sku());
        values.put("onHand", e.onHand().stripTrailingZeros().toPlainString());
        values.put("minStock", e.minStock().stripTrailingZeros().toPlainString());
        values.put("unit", e.unit() == null ? "" : e.unit().name());
        values.put("shopName", shop.name());
        String trigger = "low-stock:" + e.itemId() + ":" + e.detectedAt().toEpochMilli();
        String id = Notifier.idFor(e.tenantId(), trigger, e.detectedAt());
        ownerContact(preferences, shop, channel).ifPresent(to -> request(new Notifier.Order(id, e.tenantId(),
                NotificationKind.LOW_STOCK, channel, to, shop.name(), preferences.language(), values, null, trigger,
                true, false, SYSTEM, shop.zone())));
    }

    @EventHandler
    @DisallowReplay
    public void on(PaymentRecorded e) {
        if (e.status() == PaymentStatus.SUCCEEDED && !COUNTER.equals(e.recordedBy())) {
            receipt(e.tenantId(), e.paymentId(), e.recordedAt());
        }
    }

    @EventHandler
    @DisallowReplay
    public void on(PaymentSucceeded e) {
        receipt(e.tenantId(), e.paymentId(), e.changedAt());
    }

    @EventHandler
    @DisallowReplay
    public void on(GstInvoiceIssued e) {
        NotificationPreferences preferences = notifier.settingsOf(e.tenantId()).preferences();
        Channel channel = preferences.channels().get(NotificationKind.INVOICE);
        if (!preferences.invoiceMessages() || channel == Channel.EMAIL) {
            return;
        }
        // The sales read model lags its events by a moment; the invoice must be in it to be sent.
        SaleView sale = ReadYourWrites.await(() -> sale(e.tenantId(), e.saleId()).filter(s -> s.invoice() != null),
                ReadYourWrites.DEFAULT_WAIT).orElse(null);
        if (sale == null) {
            return;
        }
        BusinessProfile shop = shops.profile(e.tenantId());
        String trigger = "invoice:" + e.saleId();
        sales.phoneOf(sale).ifPresent(phone -> {
            SaleMessages.Draft draft = sales.draft(sale, shop);
            request(new Notifier.Order(Notifier.idFor(e.tenantId(), trigger, e.issuedAt()), e.tenantId(),
                    draft.kind(), channel, phone, draft.customerName(), null, draft.values(), draft.document(),
                    trigger, false, true, SYSTEM, shop.zone()));
        });
    }

    private void receipt(String tenantId, String paymentId, java.time.Instant at) {
        NotificationPreferences preferences = notifier.settingsOf(tenantId).preferences();
        Channel channel = preferences.channels().get(NotificationKind.PAYMENT_RECEIPT);
        if (!preferences.paymentReceipts() || channel == Channel.EMAIL) {
            return;
        }
        // Payments' read model lags its events by a moment.
        PaymentView payment = ReadYourWrites.await(() -> queries.query(new FindPayment(tenantId, paymentId),
                ResponseTypes.optionalInstanceOf(PaymentView.class)).join(), ReadYourWrites.DEFAULT_WAIT).orElse(null);
        if (payment == null || COUNTER.equals(payment.recordedBy())) {
            return;
        }
        Optional<Person> person = payment.customerId() != null
                ? sales.customer(tenantId, payment.customerId())
                        .map(c -> new Person(c.details().phone(), c.details().name()))
                : sale(tenantId, payment.saleId())
                        .flatMap(s -> sales.phoneOf(s).map(phone -> new Person(phone, s.buyer().name())));
        if (person.isEmpty() || person.get().phone() == null) {
            return;
        }
        BusinessProfile shop = shops.profile(tenantId);
        Map<String, String> values = new HashMap<>();
        values.put("customerName", person.get().name());
        values.put("amount", IndianNumbers.rupees(payment.amount()));
        values.put("method", payment.method().name());
        values.put("date", payment.businessDate());
        values.put("reference", payment.upi() != null && payment.upi().utr() != null ? payment.upi().utr()
                : payment.paymentId().substring(payment.paymentId().length() - 8));
        values.put("shopName", shop.name());
        String trigger = "payment-receipt:" + paymentId;
        request(new Notifier.Order(Notifier.idFor(tenantId, trigger, at), tenantId, NotificationKind.PAYMENT_RECEIPT,
                channel, person.get().phone(), person.get().name(), null, values, null, trigger, false, true, SYSTEM,
                shop.zone()));
    }

    /** The owner's phone (WhatsApp, SMS) or e-mail: the one set for notifications, else the shop's profile's. */
    static Optional<String> ownerContact(NotificationPreferences preferences, BusinessProfile shop, Channel channel) {
        String contact = channel == Channel.EMAIL
                ? (preferences.ownerEmail() != null ? preferences.ownerEmail() : shop.email())
                : (preferences.ownerPhone() != null ? preferences.ownerPhone() : shop.phone());
        return Optional.ofNullable(contact).filter(c -> !c.isBlank());
    }

    private Optional<SaleView> sale(String tenantId, String saleId) {
        if (saleId == null) {
            return Optional.empty();
        }
        return queries.query(new FindSale(tenantId, saleId), ResponseTypes.optionalInstanceOf(SaleView.class)).join();
    }

    /** A message whose recipient cannot be addressed is not worth a retry of the whole event: it is logged. */
    private void request(Notifier.Order order) {
        try {
            notifier.request(order);
        } catch (RuleViolation e) {
            LOG.info("no {} message for {} in shop {}: {}", order.kind(), order.trigger(), order.tenantId(),
                    e.getMessage());
        }
    }

    /** Whom a receipt goes to. */
    private record Person(String phone, String name) {
    }
}
