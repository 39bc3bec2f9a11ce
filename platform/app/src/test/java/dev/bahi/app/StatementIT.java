package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bahi.platform.kernel.IndianNumbers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * The khata statement PDF over real HTTP: the same figures as the ledger JSON for the same range, a UPI QR for what
 * is owed, and the ledger's answers for bad dates, strangers and missing tokens.
 */
class StatementIT extends SalesEndToEndTest {
    static final String CUSTOMERS = "/api/v1/customers";
    private static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Test
    void the_statement_prints_the_ledger_of_the_range_with_a_upi_qr_for_what_is_owed() {
        Shop shop = signUp("Statement Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        String meena = openKhata(token, "Meena Kulkarni", "1250.00");

        Map<String, Object> sale = sale(List.of(line(atta, "2")), "CREDIT");
        sale.put("customer", Map.of("customerId", meena));
        JsonNode sold = recordSale(token, sale);
        assertThat(sold.path("due").asText()).isEqualTo("570.00");
        Api.Response adjusted = api.post(CUSTOMERS + "/" + meena + "/adjustments", token,
                Map.of("amount", "-50.00", "reason", "Rounded off at settlement"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);

        JsonNode ledger = await10().until(() -> api.get(CUSTOMERS + "/" + meena + "/ledger", token).body(),
                l -> l.path("entries").size() == 3);
        assertThat(texts(ledger.path("entries"), "kind")).containsExactly("OPENING_BALANCE", "CREDIT_SALE",
                "ADJUSTMENT");
        assertThat(ledger.path("closingBalance").asText()).isEqualTo("1770.00");

        Binary pdf = getPdf(CUSTOMERS + "/" + meena + "/statement.pdf", token);
        String text = text(pdf);
        assertThat(text).contains("Statement Kirana", "Statement Kirana Traders", "12 MG Road, Pune 411001",
                "GSTIN: " + MAHARASHTRA_GSTIN, "Phone: +919812345678", "Statement of account",
                "Meena Kulkarni", "Shivaji Nagar, Pune 411005",
                "Period: Up to " + today().format(PRINTED), "Date: " + today().format(PRINTED));
        assertPrintsTheLedger(text, ledger);
        assertThat(text).contains("Total 1,820.00 50.00", "Amount due in words",
                IndianNumbers.amountInWords(1770_00), "Scan to pay with UPI", "Scan to pay Rs. 1,770.00 to shop@okicici");
        assertThat(imageCount(pdf)).as("the UPI QR").isEqualTo(1);

        // The same range as the ledger's, with the same figures.
        String day = today().toString();
        JsonNode todays = api.get(CUSTOMERS + "/" + meena + "/ledger?from=" + day + "&to=" + day, token).body();
        String ranged = text(getPdf(CUSTOMERS + "/" + meena + "/statement.pdf?from=" + day + "&to=" + day, token));
        assertThat(ranged).contains("Period: " + today().format(PRINTED) + " to " + today().format(PRINTED));
        assertPrintsTheLedger(ranged, todays);

        String yesterday = today().minusDays(1).toString();
        JsonNode before = api.get(CUSTOMERS + "/" + meena + "/ledger?to=" + yesterday, token).body();
        assertThat(before.path("entries").size()).isZero();
        Binary quietPdf = getPdf(CUSTOMERS + "/" + meena + "/statement.pdf?to=" + yesterday, token);
        String quiet = text(quietPdf);
        assertPrintsTheLedger(quiet, before);
        assertThat(quiet).as("nothing owed: no amount in words, no QR").contains("Closing balance 0.00")
                .doesNotContain("Amount due").doesNotContain("UPI");
        assertThat(imageCount(quietPdf)).isZero();

        // Every role of the shop may print it.
        String cashier = addUser(shop, "CASHIER", uniquePhone());
        assertThat(text(getPdf(CUSTOMERS + "/" + meena + "/statement.pdf", cashier))).contains("Closing balance 1,770.00");
    }

    @Test
    void bad_dates_strangers_and_missing_tokens_get_the_ledgers_answers() {
        Shop shop = signUp("Statement Owner Kirana");
        String meena = openKhata(shop.accessToken(), "Meena Patil", "100.00");
        String base = CUSTOMERS + "/" + meena + "/statement.pdf";

        assertPdfProblem(getPdf(base + "?from=2026-13-01", shop.accessToken()), 400, "DATE_INVALID");
        assertPdfProblem(getPdf(base + "?to=yesterday", shop.accessToken()), 400, "DATE_INVALID");
        assertPdfProblem(getPdf(base + "?from=2026-02-06&to=2026-02-05", shop.accessToken()), 400,
                "DATE_RANGE_INVALID");

        Shop other = signUp("Statement Stranger Kirana");
        assertPdfProblem(getPdf(base, other.accessToken()), 404, "CUSTOMER_NOT_FOUND");
        assertPdfProblem(getPdf(CUSTOMERS + "/" + UUID.randomUUID() + "/statement.pdf", shop.accessToken()), 404,
                "CUSTOMER_NOT_FOUND");
        assertPdfProblem(getPdf(base, null), 401, "UNAUTHENTICATED");

        assertThat(text(getPdf(base, shop.accessToken()))).contains("Meena Patil", "Closing balance 100.00");
    }

    // ---- helpers

    private String openKhata(String token, String name, String openingBalance) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", name);
        customer.put("phone", uniquePhone());
        customer.put("address", "Shivaji Nagar, Pune 411005");
        customer.put("creditLimit", "10000.00");
        customer.put("openingBalance", openingBalance);
        Api.Response created = api.post(CUSTOMERS, token, customer);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    /**
     * The statement shows the ledger JSON's figures, Indian-grouped: the opening balance as the table's first row,
     * each entry as a row of date, particulars, debit or credit and the balance after it, then the totals and the
     * closing balance.
     */
    private static void assertPrintsTheLedger(String text, JsonNode ledger) {
        assertThat(text).contains("Opening balance " + rupees(ledger.path("openingBalance")));
        long debits = 0;
        long credits = 0;
        for (JsonNode entry : ledger.path("entries")) {
            long debit = paise(entry.path("debit"));
            long credit = paise(entry.path("credit"));
            debits += debit;
            credits += credit;
            String row = LocalDate.parse(entry.path("date").asText()).format(PRINTED) + " " + particulars(entry) + " "
                    + IndianNumbers.rupees(debit > 0 ? debit : credit) + " " + rupees(entry.path("balance"));
            assertThat(text).as("the row of entry " + entry.path("sequence").asText()).contains(row);
        }
        assertThat(text).contains("Total " + IndianNumbers.rupees(debits) + " " + IndianNumbers.rupees(credits),
                "Closing balance " + rupees(ledger.path("closingBalance")));
        assertThat(paise(ledger.path("openingBalance")) + debits - credits)
                .isEqualTo(paise(ledger.path("closingBalance")));
    }

    private static String particulars(JsonNode entry) {
        String words = switch (entry.path("kind").asText()) {
            case "OPENING_BALANCE" -> "Opening balance from the paper bahi";
            case "CREDIT_SALE" -> "Credit sale";
            case "REPAYMENT" -> "Repayment";
            case "RETURN" -> "Return";
            default -> "Adjustment";
        };
        String reference = entry.path("reference").asText("");
        String note = entry.path("note").asText("");
        boolean saysMore = !note.isBlank() && !note.equalsIgnoreCase(words);
        return words + (reference.isBlank() ? "" : " " + reference) + (saysMore ? " (" + note + ")" : "");
    }

    private static long paise(JsonNode amount) {
        return new BigDecimal(amount.asText()).movePointRight(2).longValueExact();
    }

    private static String rupees(JsonNode amount) {
        return IndianNumbers.rupees(paise(amount));
    }

    /**
     * The PDF's text in the order it is drawn (cell after cell, so a wrapped cell still reads as one phrase), runs
     * of white space made one space.
     */
    private static String text(Binary pdf) {
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.contentType()).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).doesNotContain("null");
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int imageCount(Binary pdf) {
        try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
            int images = 0;
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                        images++;
                    }
                }
            }
            return images;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
