package dev.bahi.payments.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.payments.api.OpenUpiRequest;
import dev.bahi.payments.api.UpiRequestOpened;
import dev.bahi.payments.api.UpiRequestStatus;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.kernel.UpiLink;
import java.time.Clock;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * A request to be paid by UPI: an amount for one sale or one khata, the shop's {@code upi://pay} link carrying it
 * and a transaction reference (letters and digits only, as NPCI requires) by which a confirmed payment is later
 * matched. The link is built here, once, so that the request, its QR code and the later match agree on it.
 */
// The runtime's AxonMongoConfiguration.SNAPSHOT_TRIGGER, spelled out to keep the domain free of the runtime.
@Aggregate(snapshotTriggerDefinition = "bahiSnapshotTrigger")
public class UpiRequest {
    static final Pattern REFERENCE = Pattern.compile("^[A-Za-z0-9]{1,35}$");
    /** UPI apps show at most this much of the note ({@code tn}). */
    static final int MAX_NOTE = 50;

    @AggregateIdentifier
    private String upiRequestId;
    private String tenantId;
    private String reference;
    private UpiRequestStatus status;

    /** For Axon, which rebuilds the request from its events, and for the snapshot serializer. */
    protected UpiRequest() {
    }

    @CommandHandler
    public UpiRequest(OpenUpiRequest command, Clock clock) {
        if (command.tenantId() == null || command.tenantId().isBlank()) {
            throw new RuleViolation("TENANT_REQUIRED", "tenantId", "a UPI request belongs to a shop");
        }
        boolean sale = command.saleId() != null && !command.saleId().isBlank();
        boolean customer = command.customerId() != null && !command.customerId().isBlank();
        if (sale && customer) {
            throw new RuleViolation("SALE_AND_CUSTOMER_GIVEN", "customerId",
                    "a UPI request is for a sale or for a khata, not both");
        }
        if (!sale && !customer) {
            throw new RuleViolation("SALE_OR_CUSTOMER_REQUIRED", "saleId",
                    "a UPI request is for a sale (saleId) or for a khata (customerId)");
        }
        if (command.amount() <= 0) {
            throw new RuleViolation("AMOUNT_NOT_POSITIVE", "amount", "a UPI request asks for more than zero");
        }
        if (command.reference() == null || !REFERENCE.matcher(command.reference()).matches()) {
            throw new RuleViolation("REFERENCE_INVALID", "reference",
                    "a UPI transaction reference is 1 to 35 letters and digits");
        }
        String note = command.note() == null || command.note().isBlank() ? null : command.note().trim();
        if (note != null && note.length() > MAX_NOTE) {
            note = note.substring(0, MAX_NOTE);
        }
        String link = UpiLink.of(command.payeeVpa(), command.payeeName(), command.amount(), command.reference(), note);
        apply(new UpiRequestOpened(command.tenantId(), command.upiRequestId(), command.reference(), command.amount(),
                sale ? command.saleId() : null, customer ? command.customerId() : null, command.payeeVpa(),
                command.payeeName().trim(), note, link, command.openedBy(), clock.instant()));
    }

    @EventSourcingHandler
    void on(UpiRequestOpened event) {
        upiRequestId = event.upiRequestId();
        tenantId = event.tenantId();
        reference = event.reference();
        status = UpiRequestStatus.OPEN;
    }
}
