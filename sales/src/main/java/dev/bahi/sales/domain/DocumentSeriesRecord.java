package dev.bahi.sales.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.sales.api.AssignDocumentNumber;
import dev.bahi.sales.api.DocumentNumberAssigned;
import java.time.Clock;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

/**
 * One consecutive number series of a shop for one financial year. Numbers are taken one at a time under the
 * series' lock, and each is an event of the series, so the event store's unique sequence per aggregate also
 * keeps two instances from handing out the same number.
 */
@Aggregate(snapshotTriggerDefinition = "bahiSnapshotTrigger")
public class DocumentSeriesRecord {
    /** Invoice numbers have at most 16 characters (Rule 46(b)). */
    static final int MAX_LENGTH = 16;

    @AggregateIdentifier
    private String seriesId;
    private String tenantId;
    private long last;

    protected DocumentSeriesRecord() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(AssignDocumentNumber command, Clock clock) {
        if (!AssignDocumentNumber.seriesIdOf(command.tenantId(), command.series(), command.financialYear())
                .equals(command.seriesId()) || (tenantId != null && !tenantId.equals(command.tenantId()))) {
            throw new NotFound("SERIES_NOT_FOUND", "no such document series");
        }
        long sequence = last + 1;
        String number = format(command.prefix(), command.financialYear(), sequence);
        apply(new DocumentNumberAssigned(command.tenantId(), command.seriesId(), command.series(),
                command.financialYear(), sequence, number, command.documentId(), clock.instant()));
        return number;
    }

    /**
     * {@code PREFIX/25-26/000123}, padded to 16 characters. A prefix too long for that drops the year (the series
     * still restarts every financial year); a number that no longer fits is refused rather than cut.
     */
    static String format(String prefix, String financialYear, long sequence) {
        String shortYear = financialYear.substring(2, 4) + "-" + financialYear.substring(5, 7);
        // A prefix may end in its own separator ("SKS/"): no double slash.
        String bare = prefix.replaceAll("[/-]+$", "");
        String head = bare + "/" + shortYear + "/";
        if (MAX_LENGTH - head.length() < 4) {
            head = bare + "/";
        }
        int width = MAX_LENGTH - head.length();
        if (bare.isEmpty() || width < 1) {
            throw new RuleViolation("INVOICE_PREFIX_INVALID", null, "an invoice prefix has 1 to 10 letters or digits");
        }
        String digits = String.format("%0" + width + "d", sequence);
        if (digits.length() > width) {
            throw new RuleViolation("SERIES_EXHAUSTED", null, "the series " + prefix + " has no numbers left this year");
        }
        return head + digits;
    }

    @EventSourcingHandler
    void on(DocumentNumberAssigned event) {
        seriesId = event.seriesId();
        tenantId = event.tenantId();
        last = event.sequence();
    }
}
