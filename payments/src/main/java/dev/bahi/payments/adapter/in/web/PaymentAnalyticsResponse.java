package dev.bahi.payments.adapter.in.web;

import dev.bahi.payments.api.PaymentAnalyticsView;
import dev.bahi.platform.kernel.Money;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Payment analytics as JSON: dates as ISO strings, amounts as rupee strings ("300.00"), groupBy "day" or "method". */
public record PaymentAnalyticsResponse(String from, String to, String groupBy, Totals totals, List<Group> groups) {

    public record Totals(long count, String amount, String succeededAmount, String refundedAmount, String netAmount,
                         long pendingCount, long failedCount) {
    }

    /** {@code byStatus} counts PENDING, SUCCEEDED, FAILED and REFUNDED payments, each always present. */
    public record Group(String key, long count, String amount, String succeededAmount, String refundedAmount,
                        String netAmount, Map<String, Long> byStatus) {
    }

    static PaymentAnalyticsResponse of(PaymentAnalyticsView view) {
        PaymentAnalyticsView.Totals t = view.totals();
        return new PaymentAnalyticsResponse(view.from().toString(), view.to().toString(),
                view.groupBy().name().toLowerCase(Locale.ROOT),
                new Totals(t.count(), Money.format(t.amount()), Money.format(t.succeededAmount()),
                        Money.format(t.refundedAmount()), Money.format(t.netAmount()), t.pendingCount(),
                        t.failedCount()),
                view.groups().stream().map(PaymentAnalyticsResponse::group).toList());
    }

    private static Group group(PaymentAnalyticsView.Group g) {
        Map<String, Long> byStatus = new LinkedHashMap<>();
        byStatus.put("PENDING", g.byStatus().pending());
        byStatus.put("SUCCEEDED", g.byStatus().succeeded());
        byStatus.put("FAILED", g.byStatus().failed());
        byStatus.put("REFUNDED", g.byStatus().refunded());
        return new Group(g.key(), g.count(), Money.format(g.amount()), Money.format(g.succeededAmount()),
                Money.format(g.refundedAmount()), Money.format(g.netAmount()), byStatus);
    }
}
