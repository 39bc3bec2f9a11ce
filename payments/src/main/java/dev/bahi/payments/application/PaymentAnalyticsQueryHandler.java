package dev.bahi.payments.application;

import dev.bahi.payments.api.FindPaymentAnalytics;
import dev.bahi.payments.api.PaymentAnalyticsGrouping;
import dev.bahi.payments.api.PaymentAnalyticsView;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.application.port.out.PaymentAnalyticsEntry;
import dev.bahi.payments.application.port.out.PaymentAnalyticsReadModel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryHandler;

/**
 * Answers payment analytics from the analytics read model only, within the asking shop. The range's entries are
 * summed here, at query time: one shop's payments over at most 366 days are few enough (a busy counter's thousands)
 * to read and add up in memory, and counting them this way keeps the projection a plain, replay-safe copy of each
 * payment instead of counters that a replay or a redelivered event could skew.
 */
public class PaymentAnalyticsQueryHandler {
    private final PaymentAnalyticsReadModel entries;

    public PaymentAnalyticsQueryHandler(PaymentAnalyticsReadModel entries) {
        this.entries = entries;
    }

    @QueryHandler
    public PaymentAnalyticsView handle(FindPaymentAnalytics query) {
        Sum totals = new Sum();
        Map<String, Sum> groups = new LinkedHashMap<>();
        for (PaymentAnalyticsEntry entry : entries.between(query.tenantId(), query.from(), query.to())) {
            totals.add(entry);
            String key = query.groupBy() == PaymentAnalyticsGrouping.METHOD ? entry.method().name()
                    : entry.businessDate();
            groups.computeIfAbsent(key, k -> new Sum()).add(entry);
        }
        Comparator<String> order = query.groupBy() == PaymentAnalyticsGrouping.METHOD
                ? Comparator.comparing(PaymentMethod::valueOf) : Comparator.naturalOrder();
        List<PaymentAnalyticsView.Group> answer = new ArrayList<>();
        groups.entrySet().stream().sorted(Map.Entry.comparingByKey(order))
                .forEach(g -> answer.add(g.getValue().group(g.getKey())));
        return new PaymentAnalyticsView(query.from(), query.to(), query.groupBy(), totals.totals(), answer);
    }

    /** Running sums over some payments (paise). */
    private static final class Sum {
        long count;
        long amount;
        long succeededAmount;
        long refundedAmount;
        long pending;
        long succeeded;
        long failed;
        long refunded;

        void add(PaymentAnalyticsEntry entry) {
            count++;
            amount += entry.amount();
            PaymentStatus status = entry.status();
            if (status == PaymentStatus.SUCCEEDED || status == PaymentStatus.REFUNDED) {
                succeededAmount += entry.amount();
                refundedAmount += entry.refunded();
            }
            switch (status) {
                case PENDING -> pending++;
                case SUCCEEDED -> succeeded++;
                case FAILED -> failed++;
                case REFUNDED -> refunded++;
            }
        }

        PaymentAnalyticsView.Totals totals() {
            return new PaymentAnalyticsView.Totals(count, amount, succeededAmount, refundedAmount,
                    succeededAmount - refundedAmount, pending, failed);
        }

        PaymentAnalyticsView.Group group(String key) {
            return new PaymentAnalyticsView.Group(key, count, amount, succeededAmount, refundedAmount,
                    succeededAmount - refundedAmount,
                    new PaymentAnalyticsView.StatusCounts(pending, succeeded, failed, refunded));
        }
    }
}
