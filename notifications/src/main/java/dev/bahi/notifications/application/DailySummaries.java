package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPreferences;
import dev.bahi.platform.kernel.IndianNumbers;
import dev.bahi.queryprojections.api.DailySummary;
import dev.bahi.queryprojections.api.FindDailySummary;
import dev.bahi.tenant.api.ListTenants;
import dev.bahi.tenant.api.TenantPage;
import dev.bahi.tenant.api.TenantStatus;
import dev.bahi.tenant.api.TenantView;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;

/**
 * Sends each active shop's owner the day's summary once the shop's summary time has passed on its business date
 * (late if the platform was down at that time, never twice: the message's id is derived from the shop and date).
 */
public final class DailySummaries {
    private static final int PAGE = 200;

    private final QueryGateway queries;
    private final Notifier notifier;
    private final EventStore events;
    private final Clock clock;

    public DailySummaries(QueryGateway queries, Notifier notifier, EventStore events, Clock clock) {
        this.queries = queries;
        this.notifier = notifier;
        this.events = events;
        this.clock = clock;
    }

    /** One round over all shops as if it were {@code now}; answers the ids of the summaries asked for. */
    public List<String> sendDue(Instant now) {
        List<String> requested = new ArrayList<>();
        String cursor = null;
        do {
            TenantPage page = queries.query(new ListTenants(PAGE, cursor), TenantPage.class).join();
            for (TenantView shop : page.items()) {
                if (shop.status() == TenantStatus.ACTIVE) {
                    String id = sendDue(shop, now);
                    if (id != null) {
                        requested.add(id);
                    }
                }
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return requested;
    }

    public List<String> sendDue() {
        return sendDue(clock.instant());
    }

    private String sendDue(TenantView shop, Instant now) {
        String tenantId = shop.tenantId();
        NotificationPreferences preferences = notifier.settingsOf(tenantId).preferences();
        if (!preferences.dailySummary()) {
            return null;
        }
        ZonedDateTime local = now.atZone(shop.profile().zone());
        if (local.toLocalTime().isBefore(LocalTime.parse(preferences.dailySummaryAt()))) {
            return null;
        }
        LocalDate date = local.toLocalDate();
        String trigger = "daily-summary:" + date;
        String id = Notifier.idFor(tenantId, trigger, date.atStartOfDay(shop.profile().zone()).toInstant());
        if (events.lastSequenceNumberFor(id).isPresent()) {
            return null;
        }
        Channel channel = preferences.channels().get(NotificationKind.DAILY_SUMMARY);
        String to = NotificationTriggers.ownerContact(preferences, shop.profile(), channel).orElse(null);
        if (to == null) {
            return null;
        }
        DailySummary day = queries.query(new FindDailySummary(tenantId, date.toString()), DailySummary.class).join();
        Map<String, String> values = new HashMap<>();
        values.put("date", date.toString());
        values.put("salesCount", Integer.toString(day.salesCount()));
        values.put("net", IndianNumbers.rupees(day.net()));
        values.put("cash", IndianNumbers.rupees(day.collections().getOrDefault("CASH", 0L)));
        values.put("upi", IndianNumbers.rupees(day.collections().getOrDefault("UPI", 0L)));
        values.put("card", IndianNumbers.rupees(day.collections().getOrDefault("CARD", 0L)));
        values.put("creditGiven", IndianNumbers.rupees(day.creditGiven()));
        values.put("creditCollected", IndianNumbers.rupees(day.creditCollected()));
        values.put("lowStockCount", Integer.toString(day.wentLowOnStock().size()));
        values.put("shopName", shop.profile().name());
        return notifier.request(new Notifier.Order(id, tenantId, NotificationKind.DAILY_SUMMARY, channel, to,
                shop.profile().name(), preferences.language(), values, null, trigger, false, false,
                NotificationTriggers.SYSTEM, shop.profile().zone()));
    }
}
