package dev.bahi.sales.adapter.in.web;

import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.sales.application.port.in.RequestReminderUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Udhaar reminders of one customer. A reminder is requested here and sent by the notifications context (a WhatsApp
 * utility template or a DLT SMS with the balance and a UPI link); this API never claims it was delivered.
 */
@RestController
@RequestMapping("/api/v1/customers/{id}/reminders")
@Tag(name = "Customers")
public class CustomerReminderController {
    static final String COUNTER = "hasAnyRole('OWNER', 'MANAGER', 'CASHIER')";

    private final RequestReminderUseCase reminders;

    public CustomerReminderController(RequestReminderUseCase reminders) {
        this.reminders = reminders;
    }

    @PostMapping
    @PreAuthorize(COUNTER)
    @Operation(summary = "Remind a customer of what they owe", description = "Owner, manager or cashier. Requests a "
            + "reminder with the balance and, when the shop has a UPI id, a UPI link for exactly that amount; the "
            + "notifications context sends it. At most one reminder per customer per business date (the shop's time "
            + "zone), manual or automatic. The body is optional. Accepts an Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
                    content = @Content(examples = {
                            @ExampleObject(name = "WhatsApp (default)", value = "{}"),
                            @ExampleObject(name = "SMS with a line from the shop", value = """
                                    { "channel": "SMS", "note": "Diwali se pehle hisaab saaf kar dijiye" }""")})))
    @ApiResponse(responseCode = "201", description = "the reminder, status REQUESTED")
    @ApiResponse(responseCode = "400", description = "CHANNEL_UNKNOWN or TEXT_TOO_LONG, with the field")
    @ApiResponse(responseCode = "404", description = "no such customer in your shop (code CUSTOMER_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "NOTHING_DUE (balance zero or an advance), REMINDERS_OPTED_OUT, "
            + "ALREADY_REMINDED_TODAY")
    public ResponseEntity<ReminderResponse> request(@PathVariable String id,
                                                    @Valid @RequestBody(required = false) ReminderRequest request) {
        ReminderRequest body = request == null ? new ReminderRequest(null, null) : request;
        ReminderResponse reminder = ReminderResponse.of(reminders.request(CurrentPrincipal.tenantId(), id,
                new RequestReminderUseCase.ReminderInput(body.channel(), body.note())));
        return ResponseEntity.created(URI.create("/api/v1/customers/" + id + "/reminders")).body(reminder);
    }

    @GetMapping
    @Operation(summary = "A customer's reminders", description = "Every reminder requested, manual or automatic, "
            + "newest first.")
    @ApiResponse(responseCode = "200", description = "the reminders")
    @ApiResponse(responseCode = "404", description = "no such customer in your shop (code CUSTOMER_NOT_FOUND)")
    public List<ReminderResponse> list(@PathVariable String id) {
        return reminders.reminders(CurrentPrincipal.tenantId(), id).stream().map(ReminderResponse::of).toList();
    }
}
