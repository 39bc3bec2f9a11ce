package dev.bahi.queryprojections.application;

import dev.bahi.inventory.api.LowStockDetected;
import dev.bahi.payments.api.PaymentRecorded;
import dev.bahi.payments.api.PaymentRefunded;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.api.PaymentSucceeded;
import dev.bahi.queryprojections.application.port.out.DailySummaryReadModel;
import dev.bahi.queryprojections.domain.CreditFact;
import dev.bahi.queryprojections.domain.LowStockFact;
import dev.bahi.queryprojections.domain.MoneyFact;
import dev.bahi.queryprojections.domain.PaymentFact;
import dev.bahi.queryprojections.domain.ReturnFact;
import dev.bahi.queryprojections.domain.SaleFact;
import dev.bahi.sales.api.CreditNote;
import dev.bahi.sales.api.LedgerEntryRecorded;
import dev.bahi.sales.api.SaleCancelled;
import dev.bahi.sales.api.SaleRecorded;
import dev.bahi.sales.api.SaleReturned;
import dev.bahi.sales.api.SaleTotals;
import dev.bahi.sales.api.TaxedLine;
import dev.bahi.tenant.api.BusinessProfile;
import dev.bahi.tenant.api.TenantProfileUpdated;
import dev.bahi.tenant.api.TenantRegistered;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;

/**
 * Keeps the facts daily summaries are added up from: one fact per event that contributes (a sale, its cancellation, a
 * credit note, a payment received or refunded, a khata entry that gives or collects udhaar, a low-stock crossing),
 * stored under that event's own id. Handling an event again writes the same fact again, and nothing is a counter,
 * so redeliveries and replays change no figure; the sums are made when a summary is asked for.
 *
 * <p>Events that carry only an instant (a confirmation, a refund, a low-stock crossing) are dated in the shop's time
 * zone as it stood then, which this projection follows from the tenant's own events.
 */
@ProcessingGroup(DailySummaryProjection.PROCESSING_GROUP)
public class DailySummaryProjection {
    public static final String PROCESSING_GROUP = "query-projections.daily-summary";
    /** What the payments context writes as {@code recordedBy} for a counter sale's part (ADR 9). */
    static final String COUNTER = "counter";

    private final DailySummaryReadModel facts;

    public DailySummaryProjection(DailySummaryReadModel facts) {
        this.facts = facts;
    }

    @EventHandler
    public void on(TenantRegistered e) {
        facts.saveShopZone(e.tenantId(), zone(e.profile()));
    }

    @EventHandler
    public void on(TenantProfileUpdated e) {
        facts.saveShopZone(e.tenantId(), zone(e.profile()));
    }

    @EventHandler
    public void on(SaleRecorded e) {
        SaleTotals t = e.totals();
        List<SaleFact.Line> lines = e.lines() == null ? List.of() : e.lines().stream().map(DailySummaryProjection::line)
                .toList();
        facts.save(new SaleFact(e.tenantId(), e.saleId(), e.businessDate(), t.grandTotal(), t.discount(),
                t.taxableValue(), t.cgst(), t.sgst(), t.igst(), t.cess(), lines));
    }

    @EventHandler
    public void on(SaleCancelled e) {
        facts.saveCancellation(e.tenantId(), e.saleId());
    }

    @EventHandler
    public void on(SaleReturned e) {
        CreditNote note = e.creditNote();
        facts.save(new ReturnFact(e.tenantId(), note.returnId(), e.saleId(), note.creditNoteDate(),
                note.totals().grandTotal()));
    }

    @EventHandler
    public void on(LedgerEntryRecorded e) {
        CreditFact.Kind kind = switch (e.kind()) {
            case CREDIT_SALE -> CreditFact.Kind.GIVEN;
            case REPAYMENT -> CreditFact.Kind.COLLECTED;
            case REPAYMENT_REFUNDED -> CreditFact.Kind.COLLECTION_REFUNDED;
            // the cancelled sale's CREDIT_SALE is already left out of creditGiven, and no money came in
            case SALE_CANCELLED -> null;
            default -> null;
        };
        if (kind == null) {
            return;
        }
        long amount = kind == CreditFact.Kind.COLLECTED ? e.credit() : e.debit();
        facts.save(new CreditFact(e.tenantId(), e.entryId(), e.saleId(), kind, e.businessDate(), amount));
    }

    @EventHandler
    public void on(PaymentRecorded e) {
        boolean succeeded = e.status() == PaymentStatus.SUCCEEDED;
        PaymentFact payment = new PaymentFact(e.tenantId(), e.paymentId(), e.saleId(), e.method().name(), e.amount(),
                COUNTER.equals(e.recordedBy()), succeeded, e.businessDate());
        facts.save(payment);
        if (succeeded) {
            facts.save(MoneyFact.received(payment, e.businessDate()));
        }
    }

    @EventHandler
    public void on(PaymentSucceeded e) {
        facts.payment(e.tenantId(), e.paymentId()).ifPresent(payment ->
                facts.save(MoneyFact.received(payment, day(e.tenantId(), e.changedAt()))));
    }

    @EventHandler
    public void on(PaymentRefunded e) {
        facts.payment(e.tenantId(), e.paymentId()).ifPresent(payment -> facts.save(MoneyFact.refunded(payment,
                e.refundId(), e.amount(), day(e.tenantId(), e.refundedAt()))));
    }

    @EventHandler
    public void on(LowStockDetected e) {
        LowStockFact crossing = new LowStockFact(e.tenantId(), e.itemId(), e.sku(), e.name(), e.onHand(),
                e.minStock(), e.unit() == null ? null : e.unit().name(), day(e.tenantId(), e.detectedAt()),
                e.detectedAt());
        if (crossing.supersedes(facts.lowStock(e.tenantId(), e.itemId(), crossing.businessDate()).orElse(null))) {
            facts.save(crossing);
        }
    }

    @ResetHandler
    public void reset() {
        facts.clear();
    }

    private String day(String tenantId, Instant at) {
        String zone = facts.shopZone(tenantId).orElse(BusinessProfile.DEFAULT_TIME_ZONE);
        return LocalDate.ofInstant(at, ZoneId.of(zone)).toString();
    }

    private static String zone(BusinessProfile profile) {
        return profile == null ? BusinessProfile.DEFAULT_TIME_ZONE : profile.zone().getId();
    }

    private static SaleFact.Line line(TaxedLine line) {
        return new SaleFact.Line(line.itemId(), line.name(), line.quantity(), line.unit(), line.total());
    }
}
