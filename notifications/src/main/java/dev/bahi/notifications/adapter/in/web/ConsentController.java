package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.api.ConsentView;
import dev.bahi.notifications.application.ConsentService;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Customers' opt-ins (WhatsApp asks for them) and opt-outs, per channel. */
@RestController
@RequestMapping("/api/v1/notifications/consents")
@Tag(name = "Notification settings", description = "Channels, quiet hours, daily summary time and templates")
public class ConsentController {
    private final ConsentService consents;

    public ConsentController(ConsentService consents) {
        this.consents = consents;
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER', 'CASHIER')")
    @Operation(summary = "Record an opt-in or opt-out", description = "Messages to a recipient who opted out are "
            + "recorded as SKIPPED_OPTED_OUT and not sent; with whatsAppOptInRequired, WhatsApp messages need an "
            + "opt-in first. The newest record holds; every change stays in the history.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = """
                            { "channel": "WHATSAPP", "to": "+919876543210", "optedIn": true, "language": "hi",
                              "source": "counter" }"""))))
    @ApiResponse(responseCode = "200", description = "the recipient's consent for the channel now")
    @ApiResponse(responseCode = "400", description = "CHANNEL_REQUIRED, OPTED_IN_REQUIRED, RECIPIENT_REQUIRED, "
            + "PHONE_INVALID / EMAIL_INVALID (field to), LANGUAGE_UNSUPPORTED, SOURCE_TOO_LONG")
    public ConsentView record(@RequestBody ConsentRequest r) {
        return consents.record(CurrentPrincipal.tenantId(), r.channel(), r.to(), r.optedIn(), r.language(),
                r.source(), CurrentPrincipal.get().userId());
    }

    @GetMapping
    @Operation(summary = "A recipient's consents", description = "to = a phone number or e-mail address.")
    @ApiResponse(responseCode = "200", description = "one entry per channel the recipient said something about")
    @ApiResponse(responseCode = "400", description = "RECIPIENT_REQUIRED, PHONE_INVALID, EMAIL_INVALID")
    public List<ConsentView> find(@RequestParam(required = false) String to) {
        return consents.consents(CurrentPrincipal.tenantId(), to);
    }
}
