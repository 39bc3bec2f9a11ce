package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.application.ShareService;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Sends a sale's invoice (or receipt) to the buyer by WhatsApp, SMS or e-mail. */
@RestController
@RequestMapping("/api/v1/sales")
@Tag(name = "Notifications", description = "WhatsApp, SMS and e-mail messages to customers and the owner")
public class ShareController {
    private final ShareService shares;

    public ShareController(ShareService shares) {
        this.shares = shares;
    }

    @PostMapping("/{saleId}/share")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER', 'CASHIER')")
    @Operation(summary = "Share a sale with its buyer", description = "Once the GST invoice is issued, the invoice "
            + "PDF goes with the message (a document for WhatsApp, a signed link by SMS, an attachment by e-mail); "
            + "before that, a receipt. Sent in the background: the answer is the message, PENDING; follow it at "
            + "GET /api/v1/notifications/{id}. Accepts an Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false, content = @Content(
                    examples = @ExampleObject(value = "{ \"channel\": \"WHATSAPP\", \"to\": \"+919876543210\", "
                            + "\"language\": \"hi\" }"))))
    @ApiResponse(responseCode = "201", description = "the message")
    @ApiResponse(responseCode = "400", description = "RECIPIENT_REQUIRED (the sale has no phone: give to), "
            + "PHONE_INVALID / EMAIL_INVALID (field to), LANGUAGE_UNSUPPORTED, INVALID_VALUE (channel)")
    @ApiResponse(responseCode = "404", description = "no such sale in your shop (code SALE_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "SALE_CANCELLED")
    public ResponseEntity<NotificationResponse> share(@PathVariable String saleId,
                                                      @RequestBody(required = false) ShareRequest request) {
        ShareRequest r = request == null ? new ShareRequest(null, null, null) : request;
        var message = NotificationResponse.of(shares.share(CurrentPrincipal.tenantId(), saleId, r.channel(), r.to(),
                r.language(), CurrentPrincipal.get().userId()));
        return ResponseEntity.created(URI.create("/api/v1/notifications/" + message.id())).body(message);
    }
}
