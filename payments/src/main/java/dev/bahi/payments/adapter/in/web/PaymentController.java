package dev.bahi.payments.adapter.in.web;

import dev.bahi.payments.api.ListPayments;
import dev.bahi.payments.api.PaymentMethod;
import dev.bahi.payments.api.PaymentStatus;
import dev.bahi.payments.application.port.in.FindPaymentsUseCase;
import dev.bahi.payments.application.port.in.ManagePaymentsUseCase;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.BahiPrincipal;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Money that comes in. Every role reads payments; owners, managers and cashiers record them; refunds need a manager. */
@RestController
@RequestMapping("/api/v1/payments")
@Tag(name = "Payments", description = "UPI, cash, card and bank payments against sales and khatas, with refunds")
public class PaymentController {
    static final String COUNTER = "hasAnyRole('OWNER', 'MANAGER', 'CASHIER')";
    static final String MANAGERS = "hasAnyRole('OWNER', 'MANAGER')";

    private final ManagePaymentsUseCase manage;
    private final FindPaymentsUseCase payments;
    private final PaymentWebMapper mapper;

    public PaymentController(ManagePaymentsUseCase manage, FindPaymentsUseCase payments, PaymentWebMapper mapper) {
        this.manage = manage;
        this.payments = payments;
        this.mapper = mapper;
    }

    @PostMapping
    @PreAuthorize(COUNTER)
    @Operation(summary = "Record a payment", description = "Owner, manager or cashier. Pays a sale (saleId), a "
            + "khata (customerId) or both. More than the sale's due is refused unless excessToUdhaar puts the rest on "
            + "the sale's khata. A UPI UTR (12 digits) is unique within the shop. A SUCCEEDED payment settles the sale "
            + "and credits the khata at once; a PENDING one when it is confirmed. Accepts an Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "UPI against a sale", value = """
                            { "method": "UPI", "amount": "300.00", "saleId": "0193b1d0-0000-7000-8000-000000000001",
                              "upi": { "utr": "431234567890", "payerVpa": "meena@okaxis" } }"""),
                    @ExampleObject(name = "Cash on a khata", value = """
                            { "method": "CASH", "amount": "500.00",
                              "customerId": "0193b1d0-0000-7000-8000-000000000002" }""")})))
    @ApiResponse(responseCode = "201", description = "the payment")
    @ApiResponse(responseCode = "400", description = "e.g. PAYMENT_EXCEEDS_DUE, SALE_NOT_FOUND, CUSTOMER_NOT_FOUND, "
            + "UTR_INVALID, UTR_REQUIRED, AMOUNT_NOT_POSITIVE, METHOD_UNKNOWN, with the field at fault")
    @ApiResponse(responseCode = "409", description = "the UTR is already recorded (code UTR_ALREADY_RECORDED)")
    public ResponseEntity<PaymentResponse> record(@Valid @RequestBody PaymentRequest request) {
        BahiPrincipal caller = CurrentPrincipal.get();
        PaymentResponse payment = mapper.toResponse(manage.record(CurrentPrincipal.tenantId(), caller.userId(),
                mapper.toInput(request)));
        return ResponseEntity.created(URI.create("/api/v1/payments/" + payment.id())).body(payment);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One payment")
    @ApiResponse(responseCode = "200", description = "the payment")
    @ApiResponse(responseCode = "404", description = "no such payment in your shop (code PAYMENT_NOT_FOUND)")
    public PaymentResponse payment(@PathVariable String id) {
        return payments.find(CurrentPrincipal.tenantId(), id).map(mapper::toResponse)
                .orElseThrow(() -> new NotFound("PAYMENT_NOT_FOUND", "payment " + id + " not found"));
    }

    @PatchMapping("/{id}")
    @PreAuthorize(COUNTER)
    @Operation(summary = "Confirm or fail a pending payment", description = "Owner, manager or cashier. PENDING → "
            + "SUCCEEDED (a UPI payment needs its UTR) applies it to its sale and khata; PENDING → FAILED applies "
            + "nothing. Any other change is 409 ILLEGAL_TRANSITION; refunds have their own endpoint.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = """
                            { "status": "SUCCEEDED", "utr": "431234567890", "reason": "credit seen in the bank app" }"""))))
    @ApiResponse(responseCode = "200", description = "the payment after the change")
    @ApiResponse(responseCode = "400", description = "e.g. UTR_REQUIRED, UTR_INVALID, STATUS_UNKNOWN")
    @ApiResponse(responseCode = "404", description = "no such payment in your shop (code PAYMENT_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "ILLEGAL_TRANSITION or UTR_ALREADY_RECORDED")
    public PaymentResponse change(@PathVariable String id, @Valid @RequestBody StatusChangeRequest request) {
        BahiPrincipal caller = CurrentPrincipal.get();
        return mapper.toResponse(manage.changeStatus(CurrentPrincipal.tenantId(), caller.userId(), id,
                request.status(), request.utr(), request.reason()));
    }

    @PostMapping("/{id}/refunds")
    @PreAuthorize(MANAGERS)
    @Operation(summary = "Refund a payment", description = "Owner or manager. Part or all of a SUCCEEDED payment, up "
            + "to what is left of it; the sale's share comes back first (it owes that again), then the khata's. "
            + "Refunded in full, the payment is REFUNDED.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = """
                            { "amount": "100.00", "reason": "one pack returned" }"""))))
    @ApiResponse(responseCode = "201", description = "the refund and the payment after it")
    @ApiResponse(responseCode = "400", description = "REFUND_EXCEEDS_PAYMENT, AMOUNT_NOT_POSITIVE")
    @ApiResponse(responseCode = "404", description = "no such payment in your shop (code PAYMENT_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "the payment is not SUCCEEDED (code ILLEGAL_TRANSITION)")
    public ResponseEntity<RefundResponse> refund(@PathVariable String id, @Valid @RequestBody RefundRequest request) {
        BahiPrincipal caller = CurrentPrincipal.get();
        RefundResponse refund = mapper.toResponse(manage.refund(CurrentPrincipal.tenantId(), caller.userId(), id,
                request.amount(), request.reason()));
        return ResponseEntity.created(URI.create("/api/v1/payments/" + id + "/refunds/" + refund.id())).body(refund);
    }

    @GetMapping
    @Operation(summary = "List payments", description = "In the order they were recorded, optionally between two "
            + "business dates (inclusive), of one method and one status.")
    @ApiResponse(responseCode = "200", description = "a page of payments")
    public PaymentPageResponse list(
            @Parameter(description = "first business date", example = "2026-11-01") @RequestParam(required = false) String from,
            @Parameter(description = "last business date", example = "2026-11-30") @RequestParam(required = false) String to,
            @Parameter(description = "UPI, CASH, CARD or BANK_TRANSFER") @RequestParam(required = false) String method,
            @Parameter(description = "PENDING, SUCCEEDED, FAILED or REFUNDED") @RequestParam(required = false) String status,
            @Parameter(description = "page size, 1 to 200 (default 50)") @RequestParam(required = false) Integer limit,
            @Parameter(description = "nextCursor of the previous page") @RequestParam(required = false) String cursor) {
        return mapper.toResponse(payments.list(new ListPayments(CurrentPrincipal.tenantId(), date(from, "from"),
                date(to, "to"), value(PaymentMethod.class, method, "method"), value(PaymentStatus.class, status, "status"),
                limit, cursor)));
    }

    private static LocalDate date(String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(raw.trim());
        } catch (DateTimeParseException e) {
            throw new RuleViolation("DATE_INVALID", field, field + " is a date such as 2026-11-25");
        }
    }

    private static <E extends Enum<E>> E value(Class<E> type, String raw, String field) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation(field.toUpperCase(Locale.ROOT) + "_UNKNOWN", field, "'" + raw + "' is not a "
                    + field);
        }
    }
}
