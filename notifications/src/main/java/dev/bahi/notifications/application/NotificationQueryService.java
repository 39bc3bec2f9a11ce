package dev.bahi.notifications.application;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.FindNotification;
import dev.bahi.notifications.api.ListNotifications;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPage;
import dev.bahi.notifications.api.NotificationStatus;
import dev.bahi.notifications.api.NotificationView;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.axon.ReadYourWrites;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;

/** Reads a shop's messages through the query bus, waiting a moment for a message asked for just now. */
public final class NotificationQueryService {
    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 200;

    private final QueryGateway queries;

    public NotificationQueryService(QueryGateway queries) {
        this.queries = queries;
    }

    public NotificationView find(String tenantId, String notificationId) {
        if (!dev.bahi.platform.kernel.Ids.isId(notificationId)) {
            throw new NotFound("NOTIFICATION_NOT_FOUND", "no message " + notificationId + " in your shop");
        }
        return ReadYourWrites.await(() -> queries.query(new FindNotification(tenantId, notificationId),
                        ResponseTypes.optionalInstanceOf(NotificationView.class)).join(), ReadYourWrites.DEFAULT_WAIT)
                .orElseThrow(() -> new NotFound("NOTIFICATION_NOT_FOUND", "no message " + notificationId
                        + " in your shop"));
    }

    public NotificationPage list(String tenantId, NotificationStatus status, Channel channel, NotificationKind kind,
                                 Integer limit, String cursor) {
        int size = limit == null ? DEFAULT_LIMIT : limit;
        if (size < 1 || size > MAX_LIMIT) {
            throw new RuleViolation("LIMIT_INVALID", "limit", "limit is 1 to " + MAX_LIMIT);
        }
        return queries.query(new ListNotifications(tenantId, status, channel, kind, size, cursor),
                NotificationPage.class).join();
    }
}
