package dev.bahi.payments.application;

import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.RecordPayment;
import dev.bahi.payments.domain.PaymentShares;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.runtime.axon.Aggregates;
import dev.bahi.sales.api.RecordRepayment;
import dev.bahi.sales.api.ReverseRepayment;
import dev.bahi.sales.api.SettleSale;
import dev.bahi.sales.api.Settlement;
import dev.bahi.sales.api.UnsettleSale;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;

/**
 * Keeps a payment and what it pays together. On the local command bus the sales commands run inside this command's
 * unit of work, so the payment's events and the sale's and khata's are stored together or not at all.
 *
 * <p>A sale's due is carried by the khata named in its settlement, so the sale share of a payment also credits that
 * khata. Credits to one khata are sent as one repayment: the khata is idempotent per payment (and per refund).
 */
public class PaymentApplier {
    private final CommandGateway commands;

    public PaymentApplier(CommandGateway commands) {
        this.commands = commands;
    }

    @CommandHandler
    public String handle(RecordAndApplyPayment command) {
        RecordPayment payment = command.payment();
        commands.sendAndWait(payment);
        if (payment.status() == PaymentStatus.SUCCEEDED) {
            String reference = payment.upi() != null && payment.upi().utr() != null ? payment.upi().utr().trim()
                    : payment.card() != null && payment.card().approvalCode() != null ? payment.card().approvalCode()
                    : payment.paymentId();
            apply(payment.tenantId(), new PaymentShares(payment.paymentId(), payment.saleId(), payment.saleAmount(),
                    payment.customerId(), payment.udhaarAmount(), methodName(payment.method()), reference),
                    payment.businessDate());
        }
        return payment.paymentId();
    }

    @CommandHandler
    public void handle(ChangeAndApplyPaymentStatus command) {
        var change = command.change();
        PaymentShares shares = toPayment(change.paymentId(), () -> commands.sendAndWait(change));
        apply(change.tenantId(), shares, command.businessDate());
    }

    @CommandHandler
    public void handle(RefundAndReversePayment command) {
        var refund = command.refund();
        PaymentShares shares = toPayment(refund.paymentId(), () -> commands.sendAndWait(refund));
        Map<String, Long> khatas = new LinkedHashMap<>();
        if (shares.sale() > 0) {
            Settlement settlement = commands.sendAndWait(new UnsettleSale(shares.saleId(), refund.tenantId(),
                    refund.refundId(), shares.sale()));
            if (settlement.customerId() != null) {
                khatas.merge(settlement.customerId(), shares.sale(), Long::sum);
            }
        }
        if (shares.udhaar() > 0) {
            khatas.merge(shares.customerId(), shares.udhaar(), Long::sum);
        }
        khatas.forEach((customerId, amount) -> commands.sendAndWait(new ReverseRepayment(customerId,
                refund.tenantId(), refund.refundId(), amount, "refund of " + shares.reference(),
                command.businessDate())));
    }

    /** The sale first (it refuses more than it owes), then every khata that gains a credit. */
    private void apply(String tenantId, PaymentShares shares, String businessDate) {
        if (shares.isEmpty()) {
            return;
        }
        Map<String, Long> khatas = new LinkedHashMap<>();
        if (shares.sale() > 0) {
            Settlement settlement = commands.sendAndWait(new SettleSale(shares.saleId(), tenantId, shares.paymentId(),
                    shares.sale()));
            if (settlement.customerId() != null) {
                khatas.merge(settlement.customerId(), shares.sale(), Long::sum);
            }
        }
        if (shares.udhaar() > 0) {
            khatas.merge(shares.customerId(), shares.udhaar(), Long::sum);
        }
        khatas.forEach((customerId, amount) -> commands.sendAndWait(new RecordRepayment(customerId, tenantId,
                shares.paymentId(), amount, shares.method(), shares.reference(), businessDate)));
    }

    private static String methodName(PaymentMethod method) {
        return method == null ? null : method.name();
    }

    static <T> T toPayment(String paymentId, java.util.function.Supplier<T> send) {
        return Aggregates.orNotFound(send, () -> paymentNotFound(paymentId));
    }

    static NotFound paymentNotFound(String paymentId) {
        return new NotFound("PAYMENT_NOT_FOUND", "payment " + paymentId + " not found");
    }
}
