package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bahi.platform.runtime.web.SignedLinks;
import dev.bahi.sales.adapter.out.pdf.JasperInvoiceRenderer;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * GST invoices and credit notes over real HTTP: consecutive numbers per financial year (also under load), PDFs
 * that carry the Rule 46 fields, signed links that work without a token and refuse any change, returns that
 * never exceed what was sold, and another shop's documents that do not exist.
 */
class InvoicesIT extends SalesEndToEndTest {
    static final DateTimeFormatter PRINTED = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    SignedLinks links;

    @Autowired
    JasperInvoiceRenderer renderer;

    @Test
    void the_invoice_templates_are_compiled_once_the_platform_is_up_not_when_a_shop_first_prints() {
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> renderer.compilations() >= 2);
        assertThat(renderer.compilations()).as("both layouts compiled in the background, each once").isEqualTo(2);
    }

    // ---- issuing and printing --------------------------------------------------------------------------------------

    @Test
    void an_invoice_is_numbered_once_in_the_financial_year_series_and_its_pdfs_carry_the_rule_46_fields() {
        Shop shop = signUp("Sharma Invoice Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        String saleId = recordCashSale(token, atta, "2");
        LocalDate before = today();

        Api.Response issued = issueInvoice(token, saleId);
        LocalDate after = today();
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        assertThat(issued.header("Location")).endsWith(SALES + "/" + saleId + "/gst-invoice/pdf");
        String number = issued.text("invoiceNumber");
        assertThat(number).isIn("INV/" + shortYear(before) + "/000001", "INV/" + shortYear(after) + "/000001");
        LocalDate invoiceDate = LocalDate.parse(issued.text("invoiceDate"));
        assertThat(invoiceDate).isBetween(before, after);
        assertThat(issued.text("financialYear")).isEqualTo(financialYear(invoiceDate));
        assertThat(number).isEqualTo("INV/" + shortYear(invoiceDate) + "/000001");
        assertThat(issued.text("documentType")).isEqualTo("TAX_INVOICE");
        assertThat(issued.text("pdfUrl")).startsWith("http://localhost:" + port + "/api/v1/shared/invoices/"
                + shop.tenantId() + "/" + saleId + ".pdf?layout=A4&expires=").contains("&signature=");

        Api.Response again = issueInvoice(token, saleId);
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(again.text("invoiceNumber")).as("issuing again answers the same invoice").isEqualTo(number);
        assertThat(again.text("invoiceDate")).isEqualTo(issued.text("invoiceDate"));
        JsonNode sale = awaitSale(token, saleId, s -> s.path("invoice").isObject());
        assertThat(sale.path("status").asText()).isEqualTo("INVOICED");
        assertThat(sale.path("invoice").path("invoiceNumber").asText()).isEqualTo(number);
        assertThat(sale.path("invoice").path("financialYear").asText()).isEqualTo(financialYear(invoiceDate));

        for (String layout : List.of("A4", "THERMAL")) {
            String text = pdfText(getPdf(SALES + "/" + saleId + "/gst-invoice/pdf?layout=" + layout, token));
            assertThat(text).as(layout)
                    .contains("Sharma Invoice Kirana")
                    .contains(MAHARASHTRA_GSTIN)
                    .contains(number)
                    .contains(invoiceDate.format(PRINTED))
                    .contains("Maharashtra")
                    .contains("Tax Invoice")
                    .contains("1101")
                    .contains("Aashirvaad Atta 5 kg")
                    .contains("542.86")
                    .contains("13.57")
                    .contains("570.00")
                    .contains("Authorised signatory")
                    .contains("Rupees Five Hundred Seventy Only");
        }
        String byDefault = pdfText(getPdf(SALES + "/" + saleId + "/gst-invoice/pdf", token));
        assertThat(byDefault).contains(number);
        Binary badLayout = getPdf(SALES + "/" + saleId + "/gst-invoice/pdf?layout=A5", token);
        assertPdfProblem(badLayout, 400, "LAYOUT_INVALID");
    }

    @Test
    void an_inter_state_b2b_invoice_prints_the_buyer_the_place_of_supply_and_igst() {
        Shop shop = karnatakaShop("Bengaluru Furnishers", "REGULAR");
        String token = shop.accessToken();
        String chair = createItem(token, item("CHAIR-ERGO", "Office chair", "9401", "18", "450.00", false));
        String heater = createItem(token, item("HEATER-2KW", "Room heater 2 kW", "8516", "18", "1249.00", false));
        Map<String, Object> sale = sale(List.of(line(chair, "10", "450.00", "225.00"),
                line(heater, "4", "1249.00", "100.00")), "UPI");
        sale.put("customer", Map.of("name", "Chennai Healthcare LLP", "gstin", TAMIL_NADU_GSTIN,
                "address", "12 Anna Salai, Chennai 600002"));
        JsonNode recorded = recordSale(token, sale);
        assertThat(recorded.path("totals").path("grandTotal").asText()).isEqualTo("10822.00");
        assertThat(recorded.path("due").asText()).isEqualTo("0.00");
        String saleId = recorded.path("id").asText();
        JsonNode invoice = invoice(token, saleId);
        assertThat(invoice.path("documentType").asText()).isEqualTo("TAX_INVOICE");

        String text = pdfText(getPdf(SALES + "/" + saleId + "/gst-invoice/pdf?layout=A4", token));
        assertThat(text)
                .contains(KARNATAKA_GSTIN)
                .contains("Karnataka")
                .contains("Chennai Healthcare LLP")
                .contains(TAMIL_NADU_GSTIN)
                .contains("Tamil Nadu (33)")
                .contains(invoice.path("invoiceNumber").asText())
                .contains("9401")
                .contains("8516")
                .contains("IGST")
                .contains("769.50")
                .contains("881.28")
                .contains("1,650.78")
                .contains("0.22")
                .contains("10,822.00")
                .contains("Rupees Ten Thousand Eight Hundred Twenty-Two Only");
    }

    @Test
    void a_signed_invoice_link_works_without_a_token_and_any_change_to_it_is_refused() {
        Shop shop = signUp("Shared Link Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        String saleId = recordCashSale(token, atta, "2");
        String otherSale = recordCashSale(token, atta, "1");
        String url = invoice(token, saleId).path("pdfUrl").asText();
        String number = awaitSale(token, saleId, s -> s.path("invoice").isObject())
                .path("invoice").path("invoiceNumber").asText();
        invoice(token, otherSale);

        String text = pdfText(getPdf(url, null));
        assertThat(text).contains(number).contains("Shared Link Kirana").contains("Rupees Five Hundred Seventy Only");

        Map<String, String> query = query(url);
        String path = URI.create(url).getPath();
        String signature = query.get("signature");
        String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
        String expires = query.get("expires");
        String otherPath = path.replace(saleId, otherSale);
        for (String tampered : List.of(
                path + "?layout=A4&expires=" + expires + "&signature=" + flipped,
                path + "?layout=THERMAL&expires=" + expires + "&signature=" + signature,
                otherPath + "?layout=A4&expires=" + expires + "&signature=" + signature,
                path + "?layout=A4&expires=" + (Long.parseLong(expires) + 1) + "&signature=" + signature,
                path + "?layout=A4&expires=" + expires,
                path + "?expires=" + expires + "&signature=" + signature,
                path + "?layout=A4&expires=soon&signature=" + signature)) {
            Binary refused = getPdf(tampered, null);
            assertThat(refused.status()).as(tampered + " → " + refused).isEqualTo(403);
            assertThat(refused.code()).as(tampered).isEqualTo("LINK_INVALID");
        }
        // a link the shop really signed, but whose time is up
        String expired = links.sign("/api/v1/shared/invoices/" + shop.tenantId() + "/" + saleId + ".pdf?layout=A4",
                Duration.ofSeconds(-60));
        assertPdfProblem(getPdf(expired, null), 403, "LINK_EXPIRED");

        assertPdfProblem(getPdf(SALES + "/" + saleId + "/gst-invoice/pdf", null), 401, "UNAUTHENTICATED");
    }

    // ---- numbering under load ----------------------------------------------------------------------------------------

    @Test
    void invoices_issued_all_at_once_are_numbered_consecutively_without_gaps_or_duplicates() throws Exception {
        int count = 150;
        Shop shop = signUp("Rush Hour Invoices");
        String token = shop.accessToken();
        // one item per recording thread, so that the sales do not queue on one item's stock
        List<String> items = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            items.add(createItem(token, atta("ATTA-" + i)));
        }
        List<Api.Response> recorded = concurrently(8, count, i -> api.post(SALES, token,
                cashSale(items.get(i % items.size()), "1")));
        assertThat(recorded).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        List<String> saleIds = recorded.stream().map(r -> r.text("id")).toList();
        assertThat(new HashSet<>(saleIds)).hasSize(count);

        List<Api.Response> issued = concurrently(16, count, i -> issueInvoice(token, saleIds.get(i)));
        assertThat(issued).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        String year = issued.get(0).text("invoiceNumber").substring(4, 9);
        List<String> numbers = issued.stream().map(r -> r.text("invoiceNumber")).sorted().toList();
        assertThat(numbers).containsExactlyElementsOf(IntStream.rangeClosed(1, count)
                .mapToObj(n -> String.format("INV/%s/%06d", year, n)).toList());

        // the read model agrees with every answer
        Map<String, String> answered = new HashMap<>();
        for (int i = 0; i < count; i++) {
            answered.put(saleIds.get(i), issued.get(i).text("invoiceNumber"));
        }
        await10().until(() -> listAll(token, "").stream().allMatch(s -> s.path("invoice").isObject()));
        Map<String, String> listed = new HashMap<>();
        for (JsonNode s : listAll(token, "")) {
            listed.put(s.path("id").asText(), s.path("invoice").path("invoiceNumber").asText());
        }
        assertThat(listed).isEqualTo(answered);

        // one sale asked for its invoice ten times at once gets one number, the next one
        String last = recordCashSale(token, items.get(0), "1");
        List<Api.Response> same = concurrently(10, 10, i -> issueInvoice(token, last));
        assertThat(same).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(201));
        assertThat(same.stream().map(r -> r.text("invoiceNumber")).distinct().toList())
                .containsExactly(String.format("INV/%s/%06d", year, count + 1));
    }

    // ---- returns and credit notes -----------------------------------------------------------------------------------

    @Test
    void returns_issue_credit_notes_that_add_up_to_the_sale_and_move_the_stock_as_the_reason_says() {
        Shop shop = signUp("Returns Kirana");
        String token = shop.accessToken();
        String cashier = addUser(shop, "CASHIER", uniquePhone());
        String atta = createItem(token, atta("ATTA-5KG"));
        String other = createItem(token, atta("ATTA-10KG"));
        receive(token, atta, "10");
        JsonNode sold = recordSale(token, cashSale(atta, "2"));
        String saleId = sold.path("id").asText();

        String notInvoiced = recordCashSale(token, atta, "1");
        assertProblem(returnGoods(token, notInvoiced, atta, "1", "CHANGED_MIND"), 409, "SALE_NOT_INVOICED");

        JsonNode invoice = invoice(token, saleId);
        String invoiceNumber = invoice.path("invoiceNumber").asText();
        String year = invoiceNumber.substring(4, 9);
        awaitOnHand(token, atta, "7");

        assertProblem(returnGoods(cashier, saleId, atta, "1", "CHANGED_MIND"), 403, "FORBIDDEN");
        assertProblem(returnGoods(token, saleId, other, "1", "CHANGED_MIND"), 400, "RETURN_ITEM_NOT_IN_SALE",
                "lines[0].itemId");
        assertProblem(returnGoods(token, saleId, atta, "0", "CHANGED_MIND"), 400, "QUANTITY_NOT_POSITIVE",
                "lines[0].quantity");
        assertProblem(returnGoods(token, saleId, atta, "1", "NO_REASON"), 400, "REASON_INVALID", "reason");
        assertProblem(returnGoods(token, saleId, atta, "3", "CHANGED_MIND"), 400, "RETURN_EXCEEDS_SOLD",
                "lines[0].quantity");
        assertThat(eventCount(saleId)).as("refused returns left the sale as it was").isEqualTo(2);

        // a retried return (same Idempotency-Key) is one credit note and puts the goods back once
        String key = UUID.randomUUID().toString();
        Map<String, Object> oneBack = Map.of("lines", List.of(line(atta, "1")), "reason", "CHANGED_MIND");
        Api.Response first = api.post(SALES + "/" + saleId + "/returns", token, oneBack, key);
        Api.Response retried = api.post(SALES + "/" + saleId + "/returns", token, oneBack, key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(retried.text("id")).isEqualTo(first.text("id"));
        assertThat(retried.text("creditNoteNumber")).isEqualTo(first.text("creditNoteNumber"));
        String firstId = first.text("id");
        assertThat(first.header("Location")).endsWith(SALES + "/" + saleId + "/returns/" + firstId + "/pdf");
        assertThat(first.text("creditNoteNumber")).isEqualTo("CN/" + year + "/0000001");
        assertThat(first.text("originalInvoiceNumber")).isEqualTo(invoiceNumber);
        assertThat(first.text("originalInvoiceDate")).isEqualTo(invoice.path("invoiceDate").asText());
        assertThat(first.text("reason")).isEqualTo("CHANGED_MIND");
        assertThat(first.body().path("restocked").asBoolean()).isTrue();
        assertThat(first.body().path("lines").get(0).path("quantity").asText()).isEqualTo("1");
        assertThat(first.body().path("totals").path("grandTotal").asText()).isEqualTo("285.00");
        awaitOnHand(token, atta, "8");
        assertThat(awaitKinds(token, atta, 4)).containsExactly("RECEIVED", "SALE", "SALE", "SALE_RETURN");

        assertProblem(returnGoods(token, saleId, atta, "2", "CHANGED_MIND"), 400, "RETURN_EXCEEDS_SOLD",
                "lines[0].quantity");

        Api.Response last = returnGoods(token, saleId, atta, "1", "DAMAGED");
        assertThat(last.status()).as(last.toString()).isEqualTo(201);
        assertThat(last.text("creditNoteNumber")).isEqualTo("CN/" + year + "/0000002");
        assertThat(last.body().path("restocked").asBoolean()).as("damaged goods are written off").isFalse();
        JsonNode history = awaitHistorySize(token, atta, 6);
        assertThat(texts(history, "kind")).containsExactly("RECEIVED", "SALE", "SALE", "SALE_RETURN", "SALE_RETURN",
                "WRITE_OFF");
        assertThat(history.get(5).path("reference").asText()).contains("CN/" + year + "/0000002");
        awaitOnHand(token, atta, "8");
        assertProblem(returnGoods(token, saleId, atta, "1", "CHANGED_MIND"), 400, "RETURN_EXCEEDS_SOLD",
                "lines[0].quantity");

        // the two credit notes give back the sale's taxable value and taxes to the paisa (each note splits its
        // own tax into CGST and SGST with the odd paisa to SGST, so the heads may differ by a paisa, not their sum)
        for (String field : List.of("taxableValue", "igst", "cess")) {
            BigDecimal back = money(first.body().path("totals"), field).add(money(last.body().path("totals"), field));
            assertThat(back).as(field).isEqualByComparingTo(money(sold.path("totals"), field));
        }
        assertThat(intraStateTax(first.body().path("totals")).add(intraStateTax(last.body().path("totals"))))
                .isEqualByComparingTo(intraStateTax(sold.path("totals")));
        assertThat(money(first.body().path("totals"), "grandTotal")
                .add(money(last.body().path("totals"), "grandTotal"))).isEqualByComparingTo("570.00");

        JsonNode sale = awaitSale(token, saleId, s -> s.path("returns").size() == 2);
        assertThat(texts(sale.path("returns"), "creditNoteNumber"))
                .containsExactly("CN/" + year + "/0000001", "CN/" + year + "/0000002");
        assertThat(sale.path("status").asText()).isEqualTo("INVOICED");

        String note = pdfText(getPdf(SALES + "/" + saleId + "/returns/" + firstId + "/pdf", token));
        assertThat(note).contains("Credit Note").contains("CN/" + year + "/0000001").contains(invoiceNumber)
                .contains("Returns Kirana").contains(MAHARASHTRA_GSTIN).contains("285.00");
        String thermal = pdfText(getPdf(SALES + "/" + saleId + "/returns/" + firstId + "/pdf?layout=THERMAL", token));
        assertThat(thermal).contains("Credit Note").contains(invoiceNumber);
    }

    @Test
    void concurrent_returns_never_take_back_more_than_was_sold_and_their_numbers_have_no_gaps() throws Exception {
        Shop shop = signUp("Return Rush Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        JsonNode sold = recordSale(token, cashSale(atta, "5"));
        String saleId = sold.path("id").asText();
        String year = invoice(token, saleId).path("invoiceNumber").asText().substring(4, 9);

        List<Api.Response> answers = concurrently(10, 10, i -> returnGoods(token, saleId, atta, "1", "CHANGED_MIND"));
        List<Api.Response> accepted = answers.stream().filter(r -> r.status() == 201).toList();
        assertThat(accepted).as(answers.toString()).hasSize(5);
        for (Api.Response refused : answers.stream().filter(r -> r.status() != 201).toList()) {
            assertThat(refused.status()).as(refused.toString()).isIn(400, 409);
            assertThat(refused.code()).as(refused.toString()).isIn("RETURN_EXCEEDS_SOLD", "CONCURRENT_MODIFICATION");
        }
        assertThat(accepted.stream().map(r -> r.text("creditNoteNumber")).sorted().toList())
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 5)
                        .mapToObj(n -> String.format("CN/%s/%07d", year, n)).toList());
        for (String field : List.of("taxableValue", "grandTotal")) {
            BigDecimal back = accepted.stream().map(r -> money(r.body().path("totals"), field))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(back).as(field).isEqualByComparingTo(money(sold.path("totals"), field));
        }
        assertThat(accepted.stream().map(r -> intraStateTax(r.body().path("totals"))).reduce(BigDecimal.ZERO,
                BigDecimal::add)).isEqualByComparingTo(intraStateTax(sold.path("totals")));
        awaitOnHand(token, atta, "10");
        assertThat(awaitKinds(token, atta, 7)).containsExactly("RECEIVED", "SALE", "SALE_RETURN", "SALE_RETURN",
                "SALE_RETURN", "SALE_RETURN", "SALE_RETURN");
        assertThat(awaitSale(token, saleId, s -> s.path("returns").size() == 5).path("returns").size()).isEqualTo(5);
    }

    // ---- tenant isolation -------------------------------------------------------------------------------------------

    @Test
    void another_shops_sales_invoices_and_credit_notes_do_not_exist_and_nor_do_documents_never_issued() throws Exception {
        Shop a = signUp("Isolated Sales A");
        Shop b = signUp("Isolated Sales B");
        String atta = createItem(a.accessToken(), atta("ATTA-5KG"));
        String saleId = recordCashSale(a.accessToken(), atta, "2");
        String url = invoice(a.accessToken(), saleId).path("pdfUrl").asText();
        Api.Response returned = returnGoods(a.accessToken(), saleId, atta, "1", "CHANGED_MIND");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        String returnId = returned.text("id");
        String uninvoiced = recordCashSale(a.accessToken(), atta, "1");
        String bsItem = createItem(b.accessToken(), atta("ATTA-5KG"));
        String bsSale = recordCashSale(b.accessToken(), bsItem, "1");
        JsonNode aBefore = awaitSale(a.accessToken(), saleId, s -> s.path("returns").size() == 1);
        int saleEvents = eventCount(saleId);
        int itemEvents = eventCount(atta);
        String intruder = b.accessToken();
        String base = SALES + "/" + saleId;
        String nowhere = SALES + "/" + UUID.randomUUID();

        // answered at once
        for (String sale : List.of(base, nowhere)) {
            assertProblem(api.get(sale, intruder), 404, "SALE_NOT_FOUND");
            assertProblem(api.post(sale + "/gst-invoice", intruder, Map.of()), 404, "SALE_NOT_FOUND");
            assertProblem(api.post(sale + "/returns", intruder,
                    Map.of("lines", List.of(line(atta, "1")), "reason", "CHANGED_MIND")), 404, "SALE_NOT_FOUND");
        }
        // answered after the read side has had its chance to catch up (a few seconds): ask all at once, and
        // with them A's own questions that have no answer either
        Map<String, Supplier<Object>> slow = new LinkedHashMap<>();
        slow.put("cancel", () -> api.post(base + "/cancel", intruder, Map.of("reason", "Mine now")));
        slow.put("cancel nowhere", () -> api.post(nowhere + "/cancel", intruder, Map.of("reason", "Mine now")));
        slow.put("invoice pdf", () -> getPdf(base + "/gst-invoice/pdf", intruder));
        slow.put("invoice pdf nowhere", () -> getPdf(nowhere + "/gst-invoice/pdf", intruder));
        slow.put("credit note pdf", () -> getPdf(base + "/returns/" + returnId + "/pdf", intruder));
        slow.put("no such credit note", () -> getPdf(base + "/returns/" + UUID.randomUUID() + "/pdf", a.accessToken()));
        slow.put("no invoice yet", () -> getPdf(SALES + "/" + uninvoiced + "/gst-invoice/pdf", a.accessToken()));
        List<String> names = new ArrayList<>(slow.keySet());
        List<Object> answers = concurrently(names.size(), names.size(), i -> slow.get(names.get(i)).get());
        Map<String, Object> byName = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            byName.put(names.get(i), answers.get(i));
        }
        assertProblem((Api.Response) byName.get("cancel"), 404, "SALE_NOT_FOUND");
        assertProblem((Api.Response) byName.get("cancel nowhere"), 404, "SALE_NOT_FOUND");
        assertPdfProblem((Binary) byName.get("invoice pdf"), 404, "SALE_NOT_FOUND");
        assertPdfProblem((Binary) byName.get("invoice pdf nowhere"), 404, "SALE_NOT_FOUND");
        assertThat(((Binary) byName.get("credit note pdf")).status()).isEqualTo(404);
        assertThat(((Binary) byName.get("credit note pdf")).code()).isIn("SALE_NOT_FOUND", "CREDIT_NOTE_NOT_FOUND");
        assertPdfProblem((Binary) byName.get("no such credit note"), 404, "CREDIT_NOTE_NOT_FOUND");
        assertPdfProblem((Binary) byName.get("no invoice yet"), 404, "INVOICE_NOT_FOUND");

        // A's signed link with B's shop put in is not a link anyone signed
        String swapped = url.replace("/" + a.tenantId() + "/", "/" + b.tenantId() + "/");
        assertThat(swapped).isNotEqualTo(url);
        assertPdfProblem(getPdf(swapped, null), 403, "LINK_INVALID");

        // B sees only its own sales
        await10().until(() -> !listedIds(intruder).isEmpty());
        assertThat(listedIds(intruder)).containsExactly(bsSale);
        assertThat(listAll(intruder, "from=" + today().minusDays(1)).toString()).doesNotContain(saleId);

        // no token, no answer
        for (Api.Response anonymous : List.of(api.get(base, null), api.get(SALES, null),
                api.post(SALES, null, cashSale(atta, "1")), api.post(base + "/cancel", null, Map.of("reason", "x")),
                api.post(base + "/gst-invoice", null, Map.of()),
                api.post(base + "/returns", null, Map.of("lines", List.of(line(atta, "1")), "reason", "DAMAGED")))) {
            assertProblem(anonymous, 401, "UNAUTHENTICATED");
        }
        assertPdfProblem(getPdf(base + "/returns/" + returnId + "/pdf", null), 401, "UNAUTHENTICATED");

        // and nothing changed for A
        assertThat(eventCount(saleId)).isEqualTo(saleEvents);
        assertThat(eventCount(atta)).isEqualTo(itemEvents);
        assertThat(api.get(base, a.accessToken()).body()).isEqualTo(aBefore);
        assertThat(pdfText(getPdf(url, null))).contains("Isolated Sales A");
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private static BigDecimal money(JsonNode totals, String field) {
        return new BigDecimal(totals.path(field).asText());
    }

    private static Map<String, String> query(String url) {
        Map<String, String> query = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            query.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return query;
    }

    /** CGST and SGST together: what a credit note must give back of an intra-state line's tax. */
    private static BigDecimal intraStateTax(JsonNode totals) {
        return money(totals, "cgst").add(money(totals, "sgst"));
    }
}
