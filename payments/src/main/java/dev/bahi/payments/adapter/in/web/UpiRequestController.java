package dev.bahi.payments.adapter.in.web;

import dev.bahi.payments.application.UpiRequestService;
import dev.bahi.payments.application.port.in.ManageUpiRequestsUseCase;
import dev.bahi.payments.application.port.in.UpiRequestInput;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Asking to be paid by UPI: a {@code upi://pay} link and its QR code. Every role reads them; the counter opens them. */
@RestController
@RequestMapping(UpiRequestController.PATH)
@Tag(name = "UPI requests", description = "upi://pay links and QR codes for a sale's due or a khata's balance")
public class UpiRequestController {
    static final String PATH = "/api/v1/payments/upi-requests";
    static final String COUNTER = "hasAnyRole('OWNER', 'MANAGER', 'CASHIER')";

    private final ManageUpiRequestsUseCase requests;

    public UpiRequestController(ManageUpiRequestsUseCase requests) {
        this.requests = requests;
    }

    @PostMapping
    @PreAuthorize(COUNTER)
    @Operation(summary = "Open a UPI request", description = "Owner, manager or cashier. For a sale (saleId) or a "
            + "khata (customerId), exactly one. The amount defaults to the sale's due or the customer's balance. "
            + "Answers the upi://pay link (payee = the shop's UPI id and name, tr = the request's reference) and the "
            + "URL of its QR code.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = {
                    @ExampleObject(name = "A sale's due", value = """
                            { "saleId": "0193b1d0-0000-7000-8000-000000000001" }"""),
                    @ExampleObject(name = "Part of a khata", value = """
                            { "customerId": "0193b1d0-0000-7000-8000-000000000002", "amount": "200.00" }""")})))
    @ApiResponse(responseCode = "201", description = "the request, OPEN")
    @ApiResponse(responseCode = "400", description = "e.g. SALE_OR_CUSTOMER_REQUIRED, SALE_AND_CUSTOMER_GIVEN, "
            + "SALE_NOT_FOUND, CUSTOMER_NOT_FOUND, AMOUNT_NEGATIVE, AMOUNT_NOT_POSITIVE, AMOUNT_EXCEEDS_DUE, with "
            + "the field at fault")
    @ApiResponse(responseCode = "409", description = "UPI_ID_MISSING (the shop has no UPI id) or NOTHING_DUE")
    public ResponseEntity<UpiRequestResponse> open(@Valid @RequestBody UpiRequestBody body) {
        UpiRequestResponse opened = UpiRequestResponse.of(requests.open(CurrentPrincipal.tenantId(),
                CurrentPrincipal.get().userId(), new UpiRequestInput(body.saleId(), body.customerId(), body.amount())));
        return ResponseEntity.created(URI.create(PATH + "/" + opened.id())).body(opened);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One UPI request")
    @ApiResponse(responseCode = "200", description = "the request")
    @ApiResponse(responseCode = "404", description = "no such request in your shop (code UPI_REQUEST_NOT_FOUND)")
    public UpiRequestResponse request(@PathVariable String id) {
        return requests.find(CurrentPrincipal.tenantId(), id).map(UpiRequestResponse::of)
                .orElseThrow(() -> UpiRequestService.upiRequestNotFound(id));
    }

    @GetMapping(value = "/{id}/qr.png", produces = {MediaType.IMAGE_PNG_VALUE, MediaType.APPLICATION_PROBLEM_JSON_VALUE})
    @Operation(summary = "The request's QR code", description = "A PNG encoding exactly the request's upi://pay link.")
    @ApiResponse(responseCode = "200", description = "the QR code",
            content = @Content(mediaType = MediaType.IMAGE_PNG_VALUE))
    @ApiResponse(responseCode = "404", description = "no such request in your shop (code UPI_REQUEST_NOT_FOUND)")
    public ResponseEntity<byte[]> qr(@PathVariable String id) {
        byte[] png = requests.qrPng(CurrentPrincipal.tenantId(), id)
                .orElseThrow(() -> UpiRequestService.upiRequestNotFound(id));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore()).body(png);
    }
}
