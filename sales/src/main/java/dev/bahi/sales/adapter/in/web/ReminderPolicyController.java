package dev.bahi.sales.adapter.in.web;

import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.sales.application.port.in.ReminderPolicyUseCase;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The shop's automatic udhaar reminder policy: every role reads it, the owner changes it. */
@RestController
@RequestMapping("/api/v1/udhaar/reminder-policy")
@Tag(name = "Customers")
public class ReminderPolicyController {
    private final ReminderPolicyUseCase policies;

    public ReminderPolicyController(ReminderPolicyUseCase policies) {
        this.policies = policies;
    }

    @GetMapping
    @Operation(summary = "Your shop's automatic reminder policy", description = "Off, every 7 days once the oldest "
            + "unpaid bill is 30 days old, at 10:00, until the owner changes it.")
    @ApiResponse(responseCode = "200", description = "the policy")
    public ReminderPolicyResponse policy() {
        return ReminderPolicyResponse.of(policies.policy(CurrentPrincipal.tenantId()));
    }

    @PatchMapping
    @PreAuthorize("hasRole('OWNER')")
    @Operation(summary = "Change your shop's automatic reminder policy", description = "Owner only. Fields left out "
            + "stay as they are. When enabled, every day after localTime (the shop's time zone) each customer who "
            + "owes, has not opted out, whose oldest unpaid bill (payments settle the oldest bills first) is at least "
            + "minBalanceAgeDays old and who was not reminded in the last everyDays days is reminded.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "Weekly after 30 days", value = """
                            { "enabled": true, "everyDays": 7, "minBalanceAgeDays": 30, "localTime": "10:00" }"""),
                    @ExampleObject(name = "Pause", value = """
                            { "enabled": false }""")})))
    @ApiResponse(responseCode = "200", description = "the policy after the change")
    @ApiResponse(responseCode = "400", description = "EVERY_DAYS_OUT_OF_RANGE, MIN_BALANCE_AGE_OUT_OF_RANGE, "
            + "LOCAL_TIME_INVALID, with the field")
    public ReminderPolicyResponse change(@Valid @RequestBody ReminderPolicyRequest request) {
        return ReminderPolicyResponse.of(policies.change(CurrentPrincipal.tenantId(),
                new ReminderPolicyUseCase.ReminderPolicyInput(request.enabled(), request.everyDays(),
                        request.minBalanceAgeDays(), request.localTime())));
    }
}
