package dev.bahi.payments.application;

import dev.bahi.payments.api.CardDetails;
import dev.bahi.payments.api.ChangePaymentStatus;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentView;
import dev.bahi.payments.api.RecordPayment;
import dev.bahi.payments.api.RefundPayment;
import dev.bahi.payments.api.UpiDetails;
import dev.bahi.payments.application.port.in.ManagePaymentsUseCase;
import dev.bahi.payments.application.port.in.PaymentInput;
import dev.bahi.payments.application.port.out.UtrDirectory;
import dev.bahi.payments.domain.PaymentPolicy;
import dev.bahi.platform.kernel.Ids;
import dev.bahi.platform.kernel.Money;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.CustomerView;
import dev.bahi.sales.api.FindCustomer;
import dev.bahi.sales.api.FindSettlement;
import dev.bahi.sales.api.Settlement;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Payments are checked against what they pay before anything is written: the sale exists in the shop and owes at
 * least its share (the excess may go to the sale's khata, when the request says so), the customer exists, and the
 * UTR is claimed within the shop (given back when recording fails) so that one UPI credit is never counted twice.
 */
public final class PaymentService implements ManagePaymentsUseCase {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final UtrDirectory utrs;
    private final PaymentQueryService payments;
    private final ShopCalendar calendar;

    public PaymentService(CommandGateway commands, QueryGateway queries, UtrDirectory utrs,
                          PaymentQueryService payments, ShopCalendar calendar) {
        this.commands = commands;
        this.queries = queries;
        this.utrs = utrs;
        this.payments = payments;
        this.calendar = calendar;
    }

    @Override
    public PaymentView record(String tenantId, String userId, PaymentInput input) {
        PaymentMethod method = parse(PaymentMethod.class, input.method(), "method");
        long amount = RuleViolation.at("amount", () -> Money.paise(input.amount()));
        if (amount <= 0) {
            throw new RuleViolation("AMOUNT_NOT_POSITIVE", "amount", "a payment is more than zero");
        }
        String utr = PaymentPolicy.utr(input.upi() == null ? null : input.upi().utr(), "upi.utr");
        PaymentStatus status = input.status() == null || input.status().isBlank()
                ? (method == PaymentMethod.UPI && utr == null ? PaymentStatus.PENDING : PaymentStatus.SUCCEEDED)
                : parse(PaymentStatus.class, input.status(), "status");
        String saleId = blankToNull(input.saleId());
        String customerId = blankToNull(input.customerId());
        long saleAmount = 0;
        if (saleId != null) {
            Settlement sale = settlement(tenantId, saleId).orElseThrow(() -> new RuleViolation("SALE_NOT_FOUND",
                    "saleId", "sale " + saleId + " not found"));
            if (amount <= sale.due()) {
                saleAmount = amount;
            } else if (Boolean.TRUE.equals(input.excessToUdhaar()) && sale.customerId() != null) {
                saleAmount = sale.due();
                customerId = customerId == null ? sale.customerId() : customerId;
            } else {
                throw new RuleViolation("PAYMENT_EXCEEDS_DUE", "amount", "the sale owes only "
                        + Money.format(sale.due()) + (sale.customerId() == null ? ""
                        : "; set excessToUdhaar to put the rest on the customer's khata"));
            }
        } else if (customerId == null) {
            throw new RuleViolation("CUSTOMER_REQUIRED", "customerId", "a payment pays a sale, a khata or both");
        }
        if (customerId != null) {
            requireCustomer(tenantId, customerId);
        }
        long udhaarAmount = amount - saleAmount;
        String paymentId = Ids.newId();
        RecordPayment command = new RecordPayment(paymentId, tenantId, method, amount, saleId, saleAmount,
                udhaarAmount > 0 ? customerId : null, udhaarAmount,
                input.upi() == null ? null : new UpiDetails(utr, input.upi().payerVpa()),
                input.card() == null ? null : new CardDetails(input.card().last4(), input.card().approvalCode()),
                status, input.note(), calendar.today(tenantId), userId);
        boolean claimed = utr != null && utrs.claim(tenantId, utr, paymentId);
        try {
            commands.sendAndWait(new RecordAndApplyPayment(command));
        } catch (RuntimeException e) {
            if (claimed) {
                utrs.release(tenantId, utr, paymentId);
            }
            throw e;
        }
        return awaitView(tenantId, paymentId, view -> true);
    }

    @Override
    public PaymentView changeStatus(String tenantId, String userId, String paymentId, String status, String utr,
                                    String reason) {
        if (status == null || status.isBlank()) {
            throw new RuleViolation("STATUS_REQUIRED", "status", "say which status the payment moves to");
        }
        PaymentStatus to = parse(PaymentStatus.class, status, "status");
        String confirmedUtr = PaymentPolicy.utr(utr, "utr");
        String businessDate = calendar.today(tenantId);
        boolean claimed = confirmedUtr != null && to == PaymentStatus.SUCCEEDED
                && utrs.claim(tenantId, confirmedUtr, paymentId);
        try {
            commands.sendAndWait(new ChangeAndApplyPaymentStatus(new ChangePaymentStatus(paymentId, tenantId, to,
                    confirmedUtr, reason, userId), businessDate));
        } catch (RuntimeException e) {
            if (claimed) {
                utrs.release(tenantId, confirmedUtr, paymentId);
            }
            throw e;
        }
        return awaitView(tenantId, paymentId, view -> view.status() == to);
    }

    @Override
    public Refund refund(String tenantId, String userId, String paymentId, String amount, String reason) {
        long paise = RuleViolation.at("amount", () -> Money.paise(amount));
        String refundId = Ids.newId();
        commands.sendAndWait(new RefundAndReversePayment(new RefundPayment(paymentId, tenantId, refundId, paise,
                reason, userId), calendar.today(tenantId)));
        PaymentView view = awaitView(tenantId, paymentId,
                p -> p.refunds().stream().anyMatch(r -> r.refundId().equals(refundId)));
        return new Refund(refundId, paise, blankToNull(reason), view);
    }

    private Optional<Settlement> settlement(String tenantId, String saleId) {
        if (!Ids.isId(saleId)) {
            return Optional.empty();
        }
        return queries.query(new FindSettlement(tenantId, saleId), ResponseTypes.optionalInstanceOf(Settlement.class))
                .join();
    }

    private void requireCustomer(String tenantId, String customerId) {
        boolean known = Ids.isId(customerId) && queries.query(new FindCustomer(tenantId, customerId),
                ResponseTypes.optionalInstanceOf(CustomerView.class)).join().isPresent();
        if (!known) {
            throw new RuleViolation("CUSTOMER_NOT_FOUND", "customerId", "customer " + customerId + " not found");
        }
    }

    /** The payment was just written by this caller, so a miss in the read model can only be it catching up. */
    private PaymentView awaitView(String tenantId, String paymentId, Predicate<PaymentView> written) {
        return payments.findAfterWrite(tenantId, paymentId, written)
                .orElseThrow(() -> PaymentApplier.paymentNotFound(paymentId));
    }

    /** An enum constant by name, any case; METHOD_UNKNOWN / STATUS_UNKNOWN at {@code field} otherwise. */
    static <E extends Enum<E>> E parse(Class<E> type, String raw, String field) {
        String code = field.toUpperCase(Locale.ROOT);
        if (raw == null || raw.isBlank()) {
            throw new RuleViolation(code + "_REQUIRED", field, field + " is required");
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(code + "_UNKNOWN", field, field + " is one of "
                    + Arrays.toString(type.getEnumConstants()));
        }
    }

    private static String blankToNull(String raw) {
        return raw == null || raw.isBlank() ? null : raw.trim();
    }
}
