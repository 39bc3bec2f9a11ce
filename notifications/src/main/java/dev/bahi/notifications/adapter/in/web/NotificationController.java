package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.NotificationKind;
import dev.bahi.notifications.api.NotificationPage;
import dev.bahi.notifications.api.NotificationStatus;
import dev.bahi.notifications.application.NotificationQueryService;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Every message the shop's platform sent, tried to send or held back, with what happened to it. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notifications", description = "WhatsApp, SMS and e-mail messages to customers and the owner")
public class NotificationController {
    private final NotificationQueryService notifications;

    public NotificationController(NotificationQueryService notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    @Operation(summary = "List messages", description = "Oldest first, paged with limit (1-200, default 50) and "
            + "cursor; filter by status (PENDING, SENDING, SENT, DELIVERED, READ, FAILED, SKIPPED_NOT_CONFIGURED, "
            + "SKIPPED_OPTED_OUT, SKIPPED_NO_OPT_IN), channel (WHATSAPP, SMS, EMAIL) and kind.")
    @ApiResponse(responseCode = "200", description = "a page of messages")
    @ApiResponse(responseCode = "400", description = "INVALID_VALUE (status, channel, kind), LIMIT_INVALID, "
            + "CURSOR_INVALID")
    public NotificationPageResponse list(@Parameter(example = "FAILED") @RequestParam(required = false)
                                         NotificationStatus status,
                                         @Parameter(example = "WHATSAPP") @RequestParam(required = false)
                                         Channel channel,
                                         @Parameter(example = "UDHAAR_REMINDER") @RequestParam(required = false)
                                         NotificationKind kind,
                                         @RequestParam(required = false) Integer limit,
                                         @RequestParam(required = false) String cursor) {
        NotificationPage page = notifications.list(CurrentPrincipal.tenantId(), status, channel, kind, limit, cursor);
        return new NotificationPageResponse(page.items().stream().map(NotificationResponse::of).toList(),
                page.nextCursor());
    }

    @GetMapping("/{notificationId}")
    @Operation(summary = "One message with its history", description = "Every step: asked for, each attempt, "
            + "sent (with the provider's id), delivered, read, failed (with the provider's error) or skipped (why).")
    @ApiResponse(responseCode = "200", description = "the message")
    @ApiResponse(responseCode = "404", description = "no such message in your shop (code NOTIFICATION_NOT_FOUND)")
    public NotificationResponse find(@PathVariable String notificationId) {
        return NotificationResponse.of(notifications.find(CurrentPrincipal.tenantId(), notificationId));
    }
}
