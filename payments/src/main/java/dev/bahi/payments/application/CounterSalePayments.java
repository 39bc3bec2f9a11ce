package dev.bahi.payments.application;

import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.RecordCounterPayment;
import dev.bahi.sales.api.PaymentPart;
import dev.bahi.sales.api.SaleRecorded;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import dev.bahi.platform.runtime.axon.DetachedCommands;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.AggregateStreamCreationException;

/**
 * Records the parts of a counter sale paid in cash, UPI or card as payments (ADR 9), so that every rupee that comes
 * in is a payment once. The sale already counted them as paid, so nothing is applied back to it.
 *
 * <p>Each part's payment id is derived from the sale and the part's place, and a payment already stored is left
 * alone: an event delivered again records nothing twice. Replays record nothing at all. The payments are stored
 * before this processor moves past the sale ({@link DetachedCommands}), so a crash in between delivers the sale
 * again rather than losing its payments.
 */
@ProcessingGroup(CounterSalePayments.PROCESSING_GROUP)
public class CounterSalePayments {
    public static final String PROCESSING_GROUP = "payments.counter-sales";

    private final DetachedCommands commands;
    private final EventStore events;

    public CounterSalePayments(DetachedCommands commands, EventStore events) {
        this.commands = commands;
        this.events = events;
    }

    @EventHandler
    @DisallowReplay
    public void on(SaleRecorded sale) {
        if (sale.payment() == null || sale.payment().parts() == null) {
            return;
        }
        List<PaymentPart> parts = sale.payment().parts();
        for (int i = 0; i < parts.size(); i++) {
            PaymentPart part = parts.get(i);
            PaymentMethod method = method(part);
            if (method == null || part.amount() <= 0) {
                continue;
            }
            String paymentId = paymentId(sale.saleId(), i);
            if (events.lastSequenceNumberFor(paymentId).isPresent()) {
                continue;
            }
            try {
                commands.sendAndWait(new RecordCounterPayment(paymentId, sale.tenantId(), sale.saleId(), method,
                        part.amount(), sale.businessDate()));
            } catch (RuntimeException e) {
                if (!alreadyRecorded(e)) {
                    throw e;
                }
            }
        }
    }

    /** The payment of part {@code index} of sale {@code saleId}: the same part always gives the same id. */
    public static String paymentId(String saleId, int index) {
        return UUID.nameUUIDFromBytes((saleId + ":" + index).getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static PaymentMethod method(PaymentPart part) {
        if (part == null || part.mode() == null) {
            return null;
        }
        return switch (part.mode()) {
            case CASH -> PaymentMethod.CASH;
            case UPI -> PaymentMethod.UPI;
            case CARD -> PaymentMethod.CARD;
            default -> null;
        };
    }

    private static boolean alreadyRecorded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof AggregateStreamCreationException) {
                return true;
            }
        }
        return false;
    }
}
