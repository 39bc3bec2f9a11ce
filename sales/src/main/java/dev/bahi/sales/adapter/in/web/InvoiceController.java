package dev.bahi.sales.adapter.in.web;

import dev.bahi.platform.kernel.AccessRefused;
import dev.bahi.platform.kernel.RuleViolation;
import dev.bahi.platform.runtime.security.CurrentPrincipal;
import dev.bahi.platform.runtime.web.SignedLinks;
import dev.bahi.sales.application.InvoiceService;
import dev.bahi.sales.application.port.in.InvoiceUseCase;
import dev.bahi.sales.application.port.out.PdfLayout;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Locale;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** GST invoices and credit notes of a sale, their PDFs, and the signed links that share them without a token. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Invoices", description = "Tax invoices and bills of supply in one consecutive series per financial "
        + "year, credit notes in their own; PDFs in A4 or 80 mm thermal layout")
public class InvoiceController {
    private final InvoiceUseCase invoices;
    private final SignedLinks links;
    private final SalesWebMapper mapper;

    public InvoiceController(InvoiceUseCase invoices, SignedLinks links, SalesWebMapper mapper) {
        this.invoices = invoices;
        this.links = links;
        this.mapper = mapper;
    }

    @PostMapping("/sales/{saleId}/gst-invoice")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER', 'CASHIER')")
    @Operation(summary = "Issue the sale's GST invoice", description = "A tax invoice for a regular dealer, a bill "
            + "of supply otherwise, numbered PREFIX/25-26/000123 in the shop's series for the financial year: no gaps, "
            + "no duplicates. Issuing again answers the same invoice. pdfUrl is signed and works for 7 days without a token.")
    @ApiResponse(responseCode = "201", description = "the invoice")
    @ApiResponse(responseCode = "404", description = "no such sale in your shop (code SALE_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "the sale was cancelled (code SALE_CANCELLED)")
    public ResponseEntity<InvoiceResponse> issue(@PathVariable String saleId) {
        InvoiceUseCase.IssuedInvoice issued = invoices.issue(CurrentPrincipal.tenantId(), saleId);
        String pdfUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString() + issued.signedPdfPath();
        var invoice = issued.invoice();
        return ResponseEntity.created(URI.create("/api/v1/sales/" + saleId + "/gst-invoice/pdf"))
                .body(new InvoiceResponse(invoice.invoiceNumber(), invoice.invoiceDate(), invoice.documentType().name(),
                        invoice.financialYear(), pdfUrl));
    }

    @GetMapping(value = "/sales/{saleId}/gst-invoice/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The invoice PDF", description = "layout=A4 (default) or THERMAL (80 mm roll).")
    @ApiResponse(responseCode = "200", description = "the PDF")
    @ApiResponse(responseCode = "404", description = "SALE_NOT_FOUND or INVOICE_NOT_FOUND (not issued yet)")
    public ResponseEntity<byte[]> pdf(@PathVariable String saleId,
                                      @Parameter(example = "A4") @RequestParam(required = false) String layout) {
        PdfLayout chosen = layout(layout);
        return pdfResponse(invoices.invoicePdf(CurrentPrincipal.tenantId(), saleId, chosen), saleId + ".pdf");
    }

    @GetMapping(value = "/shared/invoices/{tenantId}/{saleId}.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @SecurityRequirements
    @Operation(summary = "An invoice PDF by signed link", description = "No token: the link's signature (HMAC over "
            + "path, layout and expiry) is the credential. A changed or expired link is 403.")
    @ApiResponse(responseCode = "200", description = "the PDF")
    @ApiResponse(responseCode = "403", description = "LINK_INVALID or LINK_EXPIRED")
    public ResponseEntity<byte[]> shared(@PathVariable String tenantId, @PathVariable String saleId,
                                         @RequestParam(required = false) String layout,
                                         @RequestParam(required = false) String expires,
                                         @RequestParam(required = false) String signature) {
        if (layout == null) {
            throw new AccessRefused(AccessRefused.Kind.FORBIDDEN, "LINK_INVALID", "this link is not one Bahi signed");
        }
        PdfLayout chosen = parseLayout(layout);
        links.verify(InvoiceService.sharedPath(tenantId, saleId, chosen), expires, signature);
        return pdfResponse(invoices.sharedInvoicePdf(tenantId, saleId, chosen), saleId + ".pdf");
    }

    @PostMapping("/sales/{saleId}/returns")
    @PreAuthorize("hasAnyRole('OWNER', 'MANAGER')")
    @Operation(summary = "Take goods back (credit note)", description = "Owner or manager, against an invoiced sale. "
            + "Issues a credit note in its own series (CN/25-26/0000001) referencing the invoice, reversing tax in "
            + "proportion; never more than was sold less earlier returns. Goods go back to stock, or are written off "
            + "when DAMAGED or EXPIRED. Accepts an Idempotency-Key.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples =
                    @ExampleObject(value = """
                            { "lines": [ { "itemId": "0193a5c2-7d4e-7c1a-9f3b-2a6d8e4c1b07", "quantity": "1" } ],
                              "reason": "DAMAGED" }"""))))
    @ApiResponse(responseCode = "201", description = "the credit note")
    @ApiResponse(responseCode = "400", description = "RETURN_EXCEEDS_SOLD, RETURN_ITEM_NOT_IN_SALE, REASON_INVALID, ...")
    @ApiResponse(responseCode = "404", description = "no such sale in your shop (code SALE_NOT_FOUND)")
    @ApiResponse(responseCode = "409", description = "SALE_NOT_INVOICED or SALE_CANCELLED")
    public ResponseEntity<SaleResponse.CreditNoteResponse> returnGoods(@PathVariable String saleId,
                                                                       @Valid @RequestBody ReturnRequest request) {
        var note = mapper.toResponse(invoices.returnGoods(CurrentPrincipal.tenantId(), saleId, mapper.toInput(request)));
        return ResponseEntity.created(URI.create("/api/v1/sales/" + saleId + "/returns/" + note.id() + "/pdf")).body(note);
    }

    @GetMapping(value = "/sales/{saleId}/returns/{returnId}/pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A credit note PDF")
    @ApiResponse(responseCode = "200", description = "the PDF")
    @ApiResponse(responseCode = "404", description = "CREDIT_NOTE_NOT_FOUND")
    public ResponseEntity<byte[]> creditNotePdf(@PathVariable String saleId, @PathVariable String returnId,
                                                @RequestParam(required = false) String layout) {
        return pdfResponse(invoices.creditNotePdf(CurrentPrincipal.tenantId(), saleId, returnId, layout(layout)),
                returnId + ".pdf");
    }

    private static PdfLayout layout(String raw) {
        return raw == null || raw.isBlank() ? PdfLayout.A4 : parseLayout(raw);
    }

    private static PdfLayout parseLayout(String raw) {
        try {
            return PdfLayout.valueOf(raw.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RuleViolation("LAYOUT_INVALID", "layout", "layout is A4 or THERMAL");
        }
    }

    private static ResponseEntity<byte[]> pdfResponse(byte[] pdf, String filename) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + filename + "\"")
                .cacheControl(CacheControl.noStore())
                .body(pdf);
    }
}
