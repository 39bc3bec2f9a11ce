package dev.bahi.notifications.adapter.in.web;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.api.QuietHours;
import dev.bahi.notifications.api.TemplateView;
import dev.bahi.notifications.application.ChannelRouter;
import dev.bahi.notifications.application.SettingsService;
import dev.bahi.notifications.application.port.in.PreferencesChange;
import dev.bahi.notifications.application.port.in.Preview;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's notification preferences and its templates per kind and language. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "Notification settings", description = "Channels, quiet hours, daily summary time and templates")
public class NotificationSettingsController {
    private final SettingsService settings;
    private final ChannelRouter channels;

    public NotificationSettingsController(SettingsService settings, ChannelRouter channels) {
        this.settings = settings;
        this.channels = channels;
    }

    @GetMapping("/settings")
    @Operation(summary = "The shop's notification preferences")
    @ApiResponse(responseCode = "200", description = "the preferences (defaults until changed)")
    public SettingsResponse settings() {
        return SettingsResponse.of(settings.settings(CurrentPrincipal.tenantId()), configured());
    }

    @PatchMapping("/settings")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Operation(summary = "Change notification preferences", description = "Owner or manager. Absent fields stay. "
            + "channels picks WHATSAPP, SMS or EMAIL per kind (INVOICE, RECEIPT, PAYMENT_RECEIPT, LOW_STOCK, "
            + "DAILY_SUMMARY); quietHours hold automatic messages back ({} turns them off); ownerPhone/ownerEmail "
            + "\"\" fall back to the shop profile's.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = """
                            { "language": "hi", "channels": { "DAILY_SUMMARY": "EMAIL" },
                              "quietHours": { "start": "21:00", "end": "08:00" }, "dailySummaryAt": "21:30" }"""))))
    @ApiResponse(responseCode = "200", description = "the preferences now")
    @ApiResponse(responseCode = "400", description = "LANGUAGE_UNSUPPORTED, QUIET_HOURS_INVALID, "
            + "DAILY_SUMMARY_TIME_INVALID, PHONE_INVALID, EMAIL_INVALID, INVALID_VALUE, UNKNOWN_FIELD")
    public SettingsResponse change(@RequestBody SettingsRequest r) {
        boolean clearQuiet = r.quietHours() != null && blank(r.quietHours().start()) && blank(r.quietHours().end());
        QuietHours quiet = r.quietHours() == null || clearQuiet ? null
                : new QuietHours(r.quietHours().start(), r.quietHours().end());
        PreferencesChange change = new PreferencesChange(r.language(), r.channels(), r.invoiceMessages(),
                r.paymentReceipts(), r.lowStockAlerts(), r.dailySummary(), r.dailySummaryAt(), quiet, clearQuiet,
                blank(r.ownerPhone()) ? null : r.ownerPhone(), r.ownerPhone() != null && blank(r.ownerPhone()),
                blank(r.ownerEmail()) ? null : r.ownerEmail(), r.ownerEmail() != null && blank(r.ownerEmail()),
                r.whatsAppOptInRequired());
        return SettingsResponse.of(settings.change(CurrentPrincipal.tenantId(), change), configured());
    }

    @GetMapping("/templates")
    @Operation(summary = "The templates in use", description = "Every kind in English and Hindi (and any language "
            + "the shop wrote one in): the shop's own (custom) or Bahi's, with the kind's variables in WhatsApp "
            + "parameter order.")
    @ApiResponse(responseCode = "200", description = "the templates")
    public List<TemplateView> templates() {
        return settings.templates(CurrentPrincipal.tenantId());
    }

    @GetMapping("/templates/{kind}/{language}")
    @Operation(summary = "One template in use")
    @ApiResponse(responseCode = "200", description = "the template")
    @ApiResponse(responseCode = "400", description = "KIND_UNKNOWN, LANGUAGE_UNSUPPORTED")
    public TemplateView template(@PathVariable String kind, @PathVariable String language) {
        return settings.template(CurrentPrincipal.tenantId(), SettingsService.kind(kind), language);
    }

    @PutMapping("/templates/{kind}/{language}")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Operation(summary = "Write the shop's own template", description = "Owner or manager. body uses {{variable}} "
            + "slots of the kind only; whatsAppTemplate names the template approved on the WhatsApp Business account; "
            + "dltTemplateId the SMS template registered on DLT (its text must match body).",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = """
                            { "body": "नमस्ते {{customerName}}, {{shopName}} में आपका ₹{{balance}} बकाया है। {{upiLink}}",
                              "whatsAppTemplate": "udhaar_yaad_hi", "dltTemplateId": "1107161234567890123" }"""))))
    @ApiResponse(responseCode = "200", description = "the template now in use")
    @ApiResponse(responseCode = "400", description = "TEMPLATE_BODY_REQUIRED, TEMPLATE_VARIABLE_UNKNOWN, "
            + "TEMPLATE_BODY_TOO_LONG, WHATSAPP_TEMPLATE_INVALID, DLT_TEMPLATE_ID_INVALID, KIND_UNKNOWN, "
            + "LANGUAGE_UNSUPPORTED")
    public TemplateView save(@PathVariable String kind, @PathVariable String language,
                             @RequestBody TemplateRequest request) {
        return settings.save(CurrentPrincipal.tenantId(), SettingsService.kind(kind), language, request.toTemplate());
    }

    @DeleteMapping("/templates/{kind}/{language}")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Operation(summary = "Go back to Bahi's template")
    @ApiResponse(responseCode = "200", description = "the template now in use (Bahi's)")
    public TemplateView reset(@PathVariable String kind, @PathVariable String language) {
        return settings.reset(CurrentPrincipal.tenantId(), SettingsService.kind(kind), language);
    }

    @PostMapping("/templates/{kind}/{language}/preview")
    @Operation(summary = "Preview a template", description = "Fills the template in use, or a draft, with the "
            + "values given (samples for the rest): the text, subject, WhatsApp parameters and DLT id it would send.")
    @ApiResponse(responseCode = "200", description = "the filled template")
    @ApiResponse(responseCode = "400", description = "TEMPLATE_VARIABLE_UNKNOWN (field values.<name> or body), ...")
    public Preview preview(@PathVariable String kind, @PathVariable String language,
                           @RequestBody(required = false) PreviewRequest request) {
        PreviewRequest r = request == null ? new PreviewRequest(null, null) : request;
        return settings.preview(CurrentPrincipal.tenantId(), SettingsService.kind(kind), language,
                r.template() == null ? null : r.template().toTemplate(), r.values());
    }

    private Map<Channel, Boolean> configured() {
        Map<Channel, Boolean> configured = new EnumMap<>(Channel.class);
        for (Channel channel : Channel.values()) {
            configured.put(channel, channels.configured(channel));
        }
        return configured;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
