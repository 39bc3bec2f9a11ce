package dev.bahi.payments.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.payments.api.CardDetails;
import dev.bahi.payments.api.ChangePaymentStatus;
import dev.bahi.payments.api.PaymentFailed;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentRefunded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentSucceeded;
import dev.bahi.payments.api.RecordCounterPayment;
import dev.bahi.payments.api.RecordPayment;
import dev.bahi.payments.api.RefundPayment;
import dev.bahi.payments.api.UpiDetails;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.StateConflict;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One amount of money that came in, what it pays (a sale, a khata, or both) and its status:
 * PENDING → SUCCEEDED | FAILED, and SUCCEEDED → REFUNDED once refunds reach the amount. Refunds come off the sale's
 * share first. The command handlers answer what a confirmation or a refund moves, for the use case to apply.
 */
// The runtime's AxonMongoConfiguration.SNAPSHOT_TRIGGER, spelled out to keep the domain free of the runtime.
@Aggregate(snapshotTriggerDefinition = "bahiSnapshotTrigger")
public class Payment {
    /** Who records the parts of a counter sale, and the note they carry. */
    public static final String COUNTER = "counter";
    static final String COUNTER_NOTE = "paid at the counter";

    @AggregateIdentifier
    private String paymentId;
    private String tenantId;
    private PaymentMethod method;
    private PaymentStatus status;
    private long amount;
    private String saleId;
    private long saleAmount;
    private String customerId;
    private long udhaarAmount;
    private String utr;
    private String approvalCode;
    private long refunded;
    private long saleRefunded;
    private Set<String> refundIds = new HashSet<>();

    /** For Axon, which rebuilds the payment from its events, and for the snapshot serializer. */
    protected Payment() {
    }

    @CommandHandler
    public Payment(RecordPayment command, Clock clock) {
        PaymentPolicy.check(command);
        UpiDetails upi = PaymentPolicy.upi(command.method(), command.upi());
        CardDetails card = PaymentPolicy.card(command.method(), command.card());
        if (command.status() == PaymentStatus.SUCCEEDED && command.method() == PaymentMethod.UPI
                && (upi == null || upi.utr() == null)) {
            throw new RuleViolation("UTR_REQUIRED", "upi.utr", "a UPI payment succeeds with its 12-digit UTR");
        }
        apply(new PaymentRecorded(command.tenantId(), command.paymentId(), command.method(), command.amount(),
                command.saleAmount() > 0 ? command.saleId() : null, command.saleAmount(),
                command.udhaarAmount() > 0 ? command.customerId() : null, command.udhaarAmount(), upi, card,
                command.status(), PaymentPolicy.text(command.note(), "note"), command.businessDate(),
                command.recordedBy(), clock.instant()));
    }

    /**
     * A part of a counter sale paid in cash, UPI or card: SUCCEEDED as taken at the counter (a UPI part needs no
     * UTR), all of it on the sale, which already counted it as paid.
     */
    @CommandHandler
    public Payment(RecordCounterPayment command, Clock clock) {
        if (command.method() == null || command.method() == PaymentMethod.BANK_TRANSFER) {
            throw new RuleViolation("METHOD_INVALID", "method", "a counter payment is CASH, UPI or CARD");
        }
        if (command.amount() <= 0) {
            throw new RuleViolation("AMOUNT_NOT_POSITIVE", "amount", "a payment is more than zero");
        }
        if (command.saleId() == null || command.saleId().isBlank()) {
            throw new RuleViolation("SALE_REQUIRED", "saleId", "a counter payment belongs to a sale");
        }
        apply(new PaymentRecorded(command.tenantId(), command.paymentId(), command.method(), command.amount(),
                command.saleId(), command.amount(), null, 0, null, null, PaymentStatus.SUCCEEDED, COUNTER_NOTE,
                command.businessDate(), COUNTER, clock.instant()));
    }

    @CommandHandler
    public PaymentShares handle(ChangePaymentStatus command, Clock clock) {
        requireOwn(command.tenantId());
        PaymentStatus to = command.status();
        if (to == null) {
            throw new RuleViolation("STATUS_REQUIRED", "status", "say which status the payment moves to");
        }
        String reason = PaymentPolicy.text(command.reason(), "reason");
        String newUtr = PaymentPolicy.utr(command.utr(), "utr");
        if (status != PaymentStatus.PENDING || (to != PaymentStatus.SUCCEEDED && to != PaymentStatus.FAILED)) {
            throw new StateConflict("ILLEGAL_TRANSITION", "a " + status + " payment cannot become " + to
                    + (to == PaymentStatus.REFUNDED ? "; refund it instead" : ""));
        }
        if (to == PaymentStatus.FAILED) {
            if (newUtr != null) {
                throw new RuleViolation("UTR_NOT_ALLOWED", "utr", "a failed payment has no UTR");
            }
            apply(new PaymentFailed(tenantId, paymentId, reason, command.changedBy(), clock.instant()));
            return PaymentShares.none(paymentId);
        }
        if (newUtr != null && utr != null && !newUtr.equals(utr)) {
            throw new StateConflict("UTR_ALREADY_SET", "this payment was recorded with UTR " + utr);
        }
        if (newUtr != null && method != PaymentMethod.UPI) {
            throw new RuleViolation("UTR_NOT_ALLOWED", "utr", "a UTR belongs to a UPI payment");
        }
        String confirmedUtr = newUtr != null ? newUtr : utr;
        if (method == PaymentMethod.UPI && confirmedUtr == null) {
            throw new RuleViolation("UTR_REQUIRED", "utr", "a UPI payment succeeds with its 12-digit UTR");
        }
        apply(new PaymentSucceeded(tenantId, paymentId, confirmedUtr, reason, command.changedBy(), clock.instant()));
        return new PaymentShares(paymentId, saleId, saleAmount, customerId, udhaarAmount, method.name(), reference());
    }

    @CommandHandler
    public PaymentShares handle(RefundPayment command, Clock clock) {
        requireOwn(command.tenantId());
        if (command.refundId() == null || command.refundId().isBlank()) {
            throw new RuleViolation("REFUND_ID_REQUIRED", "refundId", "a refund needs an id");
        }
        if (refundIds.contains(command.refundId())) {
            return PaymentShares.none(paymentId);
        }
        if (command.amount() <= 0) {
            throw new RuleViolation("AMOUNT_NOT_POSITIVE", "amount", "a refund is more than zero");
        }
        if (status != PaymentStatus.SUCCEEDED) {
            throw new StateConflict("ILLEGAL_TRANSITION", "only a SUCCEEDED payment can be refunded; this one is "
                    + status);
        }
        if (command.amount() > amount - refunded) {
            throw new RuleViolation("REFUND_EXCEEDS_PAYMENT", "amount",
                    "at most " + (amount - refunded) + " paise of this payment are left to refund");
        }
        String reason = PaymentPolicy.text(command.reason(), "reason");
        long saleShare = Math.min(command.amount(), saleAmount - saleRefunded);
        long udhaarShare = command.amount() - saleShare;
        long total = refunded + command.amount();
        apply(new PaymentRefunded(tenantId, paymentId, command.refundId(), command.amount(), saleShare, udhaarShare,
                total, total == amount ? PaymentStatus.REFUNDED : PaymentStatus.SUCCEEDED, reason,
                command.refundedBy(), clock.instant()));
        return new PaymentShares(paymentId, saleId, saleShare, customerId, udhaarShare, method.name(), reference());
    }

    /** What the khata shows for this payment: its UTR, else its card approval, else its id. */
    private String reference() {
        return utr != null ? utr : approvalCode != null ? approvalCode : paymentId;
    }

    /** A command for another shop's payment must not learn that the payment exists. */
    private void requireOwn(String commandTenantId) {
        if (tenantId == null || !tenantId.equals(commandTenantId)) {
            throw new NotFound("PAYMENT_NOT_FOUND", "payment " + paymentId + " not found");
        }
    }

    @EventSourcingHandler
    void on(PaymentRecorded event) {
        paymentId = event.paymentId();
        tenantId = event.tenantId();
        method = event.method();
        status = event.status();
        amount = event.amount();
        saleId = event.saleId();
        saleAmount = event.saleAmount();
        customerId = event.customerId();
        udhaarAmount = event.udhaarAmount();
        utr = event.upi() == null ? null : event.upi().utr();
        approvalCode = event.card() == null ? null : event.card().approvalCode();
    }

    @EventSourcingHandler
    void on(PaymentSucceeded event) {
        status = PaymentStatus.SUCCEEDED;
        utr = event.utr();
    }

    @EventSourcingHandler
    void on(PaymentFailed event) {
        status = PaymentStatus.FAILED;
    }

    @EventSourcingHandler
    void on(PaymentRefunded event) {
        refunded = event.refundedTotal();
        saleRefunded += event.saleShare();
        refundIds.add(event.refundId());
        status = event.status();
    }
}
