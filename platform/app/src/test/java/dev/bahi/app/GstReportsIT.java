package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * GST reports end to end: a month of a regular Karnataka shop (counter sales, a split payment, a cancelled sale, a 0%
 * sale, inter-state B2C sales above and below the B2CL threshold, B2B within and across states, credit notes against
 * a B2B and a B2CL invoice), all invoiced over HTTP; then GSTR-1 (JSON against the schema, xlsx, CSV), GSTR-3B, the
 * HSN summary and the sales register checked against figures worked out here from the API's own answers, and the
 * register reconciled with the daily summary. Composition shops file no GSTR-1, cashiers read nothing, other shops
 * see nothing, bad input has its code.
 */
class GstReportsIT extends SalesEndToEndTest {
    static final String REPORTS = "/api/v1/reports";
    static final String KARNATAKA_BUYER_GSTIN = "29AAPFU0939F1ZR";
    static final long B2CL_ABOVE = 1_00_000_00L;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    static long paise(JsonNode rupees) {
        return new BigDecimal(rupees.asText()).movePointRight(2).longValueExact();
    }

    static BigDecimal rupees(long paise) {
        return BigDecimal.valueOf(paise, 2);
    }

    static String period() {
        return today().format(DateTimeFormatter.ofPattern("MMyyyy"));
    }

    /** An issued document as the API answered it: the sale (for an invoice) or the credit note, with its number. */
    record Doc(boolean invoice, String number, String date, String gstin, String pos, boolean inter, long value,
               boolean b2cl, JsonNode lines, JsonNode totals) {
    }

    /** Sums per key (paise): taxable, igst, cgst, sgst, cess, and quantity in thousandths. */
    static final class Sums {
        final Map<String, long[]> byKey = new TreeMap<>();

        void add(String key, JsonNode line, int sign) {
            long[] s = byKey.computeIfAbsent(key, k -> new long[6]);
            s[0] += sign * paise(line.path("taxableValue"));
            s[1] += sign * paise(line.path("igst"));
            s[2] += sign * paise(line.path("cgst"));
            s[3] += sign * paise(line.path("sgst"));
            s[4] += sign * paise(line.path("cess"));
            s[5] += sign * new BigDecimal(line.path("quantity").asText()).movePointRight(3).longValueExact();
        }
    }

    private Doc invoiced(String token, JsonNode sale) {
        JsonNode invoice = invoice(token, sale.path("id").asText());
        String gstin = sale.path("customer").path("gstin").asText(null);
        boolean inter = "INTER_STATE".equals(sale.path("supplyType").asText());
        long value = paise(sale.path("totals").path("grandTotal"));
        return new Doc(true, invoice.path("invoiceNumber").asText(), invoice.path("invoiceDate").asText(), gstin,
                sale.path("placeOfSupply").asText(), inter, value, gstin == null && inter && value > B2CL_ABOVE,
                sale.path("lines"), sale.path("totals"));
    }

    private Doc credited(String token, Doc invoice, String saleId, String itemId, String quantity) {
        Api.Response answer = returnGoods(token, saleId, itemId, quantity, "DEFECTIVE");
        assertThat(answer.status()).as(answer.toString()).isEqualTo(201);
        JsonNode note = answer.body();
        assertThat(note.path("originalInvoiceNumber").asText()).isEqualTo(invoice.number());
        return new Doc(false, note.path("creditNoteNumber").asText(), note.path("creditNoteDate").asText(),
                invoice.gstin(), invoice.pos(), invoice.inter(), paise(note.path("totals").path("grandTotal")),
                invoice.b2cl(), note.path("lines"), note.path("totals"));
    }

    private Binary download(String path, String token, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", accept).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            HttpResponse<byte[]> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String type = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = type.contains("json") ? Api.JSON.readTree(response.body()) : NullNode.getInstance();
            String disposition = response.headers().firstValue("Content-Disposition").orElse("");
            return new Binary(response.statusCode(), type + "|" + disposition, response.body(), json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private JsonNode get(String path, String token) {
        Api.Response answer = api.get(path, token);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.body();
    }

    static void money(JsonNode node, long paise) {
        assertThat(node.isNumber()).as(node + " is a number").isTrue();
        assertThat(node.decimalValue()).as(node.toString()).isEqualByComparingTo(rupees(paise));
    }

    @Test
    void a_month_of_a_regular_shop_files_every_figure_of_gstr1_gstr3b_and_the_registers() throws Exception {
        Shop shop = karnatakaShop("Bengaluru Electronics", "REGULAR");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        String chair = createItem(token, item("CHAIR-ERGO", "Office chair", "9401", "18", "450.00", false));
        String laptop = createItem(token, item("LAPTOP-14", "Laptop 14 inch", "8471", "18", "60000.00", false));
        String dal = createItem(token, item("DAL-LOOSE", "Toor dal", "0713", "0", "62.00", true));
        List<Doc> docs = new ArrayList<>();

        // counter sales within Karnataka, one paid in parts
        docs.add(invoiced(token, recordSale(token, cashSale(atta, "1"))));
        Map<String, Object> split = sale(List.of(line(atta, "2"), line(chair, "1")), "SPLIT");
        split.put("payment", Map.of("mode", "SPLIT", "parts", List.of(Map.of("mode", "UPI", "amount", "500.00"),
                Map.of("mode", "CASH", "amount", "601.00"))));
        docs.add(invoiced(token, recordSale(token, split)));
        // a 0% sale, invoiced
        docs.add(invoiced(token, recordSale(token, cashSale(dal, "3"))));
        // a sale cancelled before its invoice: no document
        String cancelled = recordSale(token, cashSale(atta, "5")).path("id").asText();
        Api.Response cancel = api.post(SALES + "/" + cancelled + "/cancel", token, Map.of("reason", "rang up twice"));
        assertThat(cancel.status()).as(cancel.toString()).isIn(200, 201);
        // inter-state to unregistered buyers in Maharashtra: above the B2CL threshold, and far below it
        Map<String, Object> large = sale(List.of(line(laptop, "2")), "UPI");
        large.put("placeOfSupply", "27");
        large.put("customer", Map.of("name", "Sunita Joshi", "address", "FC Road, Pune 411004"));
        JsonNode largeSale = recordSale(token, large);
        Doc b2cl = invoiced(token, largeSale);
        assertThat(b2cl.b2cl()).as("₹1,41,600 to another state, unregistered").isTrue();
        docs.add(b2cl);
        Map<String, Object> small = sale(List.of(line(chair, "1")), "CASH");
        small.put("placeOfSupply", "27");
        docs.add(invoiced(token, recordSale(token, small)));
        // B2B within Karnataka and to Tamil Nadu
        Map<String, Object> intraB2b = sale(List.of(line(chair, "4"), line(atta, "1")), "CARD");
        intraB2b.put("customer", Map.of("name", "Jayanagar Clinic", "gstin", KARNATAKA_BUYER_GSTIN));
        docs.add(invoiced(token, recordSale(token, intraB2b)));
        Map<String, Object> interB2b = sale(List.of(line(chair, "10", "450.00", "225.00")), "UPI");
        interB2b.put("customer", Map.of("name", "Chennai Healthcare LLP", "gstin", TAMIL_NADU_GSTIN,
                "address", "12 Anna Salai, Chennai 600002"));
        JsonNode interB2bSale = recordSale(token, interB2b);
        Doc b2b = invoiced(token, interB2bSale);
        docs.add(b2b);
        // credit notes against the Tamil Nadu invoice and the B2CL invoice
        docs.add(credited(token, b2b, interB2bSale.path("id").asText(), chair, "2"));
        docs.add(credited(token, b2cl, largeSale.path("id").asText(), laptop, "1"));

        List<Doc> invoices = docs.stream().filter(Doc::invoice).toList();
        List<Doc> notes = docs.stream().filter(d -> !d.invoice()).toList();
        String day = today().toString();
        assertThat(docs).allMatch(d -> d.date().equals(day));

        // ---- worked out here -----------------------------------------------------------------------------------
        Sums b2cs = new Sums();
        Sums b2bItems = new Sums();
        Sums b2clItems = new Sums();
        Sums cdn = new Sums();
        Sums hsnB2b = new Sums();
        Sums hsnB2c = new Sums();
        long nil = 0;
        long[] rated = new long[5];
        for (Doc d : docs) {
            int sign = d.invoice() ? 1 : -1;
            for (JsonNode l : d.lines()) {
                String rate = new BigDecimal(l.path("gstRate").asText()).stripTrailingZeros().toPlainString();
                (d.gstin() != null ? hsnB2b : hsnB2c).add(l.path("hsn").asText() + "|" + rate, l, sign);
                if (rate.equals("0")) {
                    nil += sign * paise(l.path("taxableValue"));
                    continue;
                }
                rated[0] += sign * paise(l.path("taxableValue"));
                rated[1] += sign * paise(l.path("igst"));
                rated[2] += sign * paise(l.path("cgst"));
                rated[3] += sign * paise(l.path("sgst"));
                if (!d.invoice()) {
                    cdn.add(d.number() + "|" + rate, l, 1);
                } else if (d.gstin() != null) {
                    b2bItems.add(d.number() + "|" + rate, l, 1);
                } else if (d.b2cl()) {
                    b2clItems.add(d.number() + "|" + rate, l, 1);
                } else {
                    b2cs.add((d.inter() ? "INTER" : "INTRA") + "|" + d.pos() + "|" + rate, l, 1);
                }
            }
        }

        // ---- GSTR-1 ----------------------------------------------------------------------------------------------
        String gstr1Path = REPORTS + "/gstr1?period=" + period();
        JsonNode[] seen = new JsonNode[1];
        await10().until(() -> {
            seen[0] = get(gstr1Path, token);
            return seen[0].path("doc_issue").path("doc_det").size() == 2
                    && seen[0].path("doc_issue").path("doc_det").get(1).path("docs").get(0).path("totnum").asInt() == 2
                    && seen[0].path("doc_issue").path("doc_det").get(0).path("docs").get(0).path("totnum").asInt()
                    == invoices.size();
        });
        JsonNode gstr1 = seen[0];
        assertThat(gstr1.path("gstin").asText()).isEqualTo(KARNATAKA_GSTIN);
        assertThat(gstr1.path("fp").asText()).isEqualTo(period());
        try (InputStream schema = getClass().getResourceAsStream("/gstr1.schema.json")) {
            Set<ValidationMessage> errors = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema).validate(gstr1);
            assertThat(errors).as(gstr1.toString()).isEmpty();
        }

        // b2b: one entry per buyer, one item per rate
        Map<String, long[]> seenB2b = new TreeMap<>();
        for (JsonNode buyer : gstr1.path("b2b")) {
            for (JsonNode inv : buyer.path("inv")) {
                Doc d = invoices.stream().filter(x -> x.number().equals(inv.path("inum").asText())).findFirst()
                        .orElseThrow();
                assertThat(buyer.path("ctin").asText()).isEqualTo(d.gstin());
                assertThat(inv.path("idt").asText()).isEqualTo(today().format(DateTimeFormatter.ofPattern("dd-MM-yyyy")));
                money(inv.path("val"), d.value());
                assertThat(inv.path("pos").asText()).isEqualTo(d.pos());
                assertThat(inv.path("rchrg").asText()).isEqualTo("N");
                assertThat(inv.path("inv_typ").asText()).isEqualTo("R");
                for (JsonNode item : inv.path("itms")) {
                    JsonNode det = item.path("itm_det");
                    String rate = det.path("rt").decimalValue().stripTrailingZeros().toPlainString();
                    long[] want = b2bItems.byKey.get(d.number() + "|" + rate);
                    money(det.path("txval"), want[0]);
                    if (d.inter()) {
                        money(det.path("iamt"), want[1]);
                        assertThat(det.has("camt")).isFalse();
                    } else {
                        money(det.path("camt"), want[2]);
                        money(det.path("samt"), want[3]);
                        assertThat(det.has("iamt")).isFalse();
                    }
                    money(det.path("csamt"), want[4]);
                    seenB2b.put(d.number() + "|" + rate, want);
                }
            }
        }
        assertThat(seenB2b.keySet()).isEqualTo(b2bItems.byKey.keySet());
        assertThat(texts(gstr1.path("b2b"), "ctin")).containsExactly(KARNATAKA_BUYER_GSTIN, TAMIL_NADU_GSTIN);

        // b2cl: the one large inter-state invoice, under its place of supply
        assertThat(gstr1.path("b2cl").size()).isEqualTo(1);
        assertThat(gstr1.path("b2cl").get(0).path("pos").asText()).isEqualTo("27");
        JsonNode large1 = gstr1.path("b2cl").get(0).path("inv").get(0);
        assertThat(large1.path("inum").asText()).isEqualTo(b2cl.number());
        money(large1.path("val"), b2cl.value());
        long[] laptopItems = b2clItems.byKey.get(b2cl.number() + "|18");
        money(large1.path("itms").get(0).path("itm_det").path("txval"), laptopItems[0]);
        money(large1.path("itms").get(0).path("itm_det").path("iamt"), laptopItems[1]);

        // b2cs: per supply type, place of supply and rate
        Map<String, JsonNode> b2csRows = new TreeMap<>();
        gstr1.path("b2cs").forEach(r -> b2csRows.put(r.path("sply_ty").asText() + "|" + r.path("pos").asText() + "|"
                + r.path("rt").decimalValue().stripTrailingZeros().toPlainString(), r));
        assertThat(b2csRows.keySet()).isEqualTo(b2cs.byKey.keySet())
                .containsExactly("INTER|27|18", "INTRA|29|18", "INTRA|29|5");
        b2cs.byKey.forEach((key, want) -> {
            JsonNode r = b2csRows.get(key);
            assertThat(r.path("typ").asText()).isEqualTo("OE");
            money(r.path("txval"), want[0]);
            if (key.startsWith("INTER")) {
                money(r.path("iamt"), want[1]);
            } else {
                money(r.path("camt"), want[2]);
                money(r.path("samt"), want[3]);
            }
        });

        // cdnr and cdnur
        Doc b2bNote = notes.get(0);
        Doc b2clNote = notes.get(1);
        assertThat(gstr1.path("cdnr").size()).isEqualTo(1);
        assertThat(gstr1.path("cdnr").get(0).path("ctin").asText()).isEqualTo(TAMIL_NADU_GSTIN);
        JsonNode nt = gstr1.path("cdnr").get(0).path("nt").get(0);
        assertThat(nt.path("ntty").asText()).isEqualTo("C");
        assertThat(nt.path("nt_num").asText()).isEqualTo(b2bNote.number());
        assertThat(nt.path("pos").asText()).isEqualTo("33");
        money(nt.path("val"), b2bNote.value());
        money(nt.path("itms").get(0).path("itm_det").path("txval"), cdn.byKey.get(b2bNote.number() + "|18")[0]);
        money(nt.path("itms").get(0).path("itm_det").path("iamt"), cdn.byKey.get(b2bNote.number() + "|18")[1]);
        assertThat(gstr1.path("cdnur").size()).isEqualTo(1);
        JsonNode ur = gstr1.path("cdnur").get(0);
        assertThat(ur.path("typ").asText()).isEqualTo("B2CL");
        assertThat(ur.path("nt_num").asText()).isEqualTo(b2clNote.number());
        assertThat(ur.path("pos").asText()).isEqualTo("27");
        money(ur.path("val"), b2clNote.value());
        money(ur.path("itms").get(0).path("itm_det").path("iamt"), cdn.byKey.get(b2clNote.number() + "|18")[1]);

        // nil: the 0% sale
        assertThat(gstr1.path("nil").path("inv").size()).isEqualTo(1);
        assertThat(gstr1.path("nil").path("inv").get(0).path("sply_ty").asText()).isEqualTo("INTRAB2C");
        money(gstr1.path("nil").path("inv").get(0).path("expt_amt"), nil);
        assertThat(nil).isEqualTo(186_00);

        // hsn: B2B and B2C tabs, net of credit notes
        for (String tab : List.of("hsn_b2b", "hsn_b2c")) {
            Sums want = tab.equals("hsn_b2b") ? hsnB2b : hsnB2c;
            Map<String, JsonNode> rows = new TreeMap<>();
            gstr1.path("hsn").path(tab).forEach(r -> rows.put(r.path("hsn_sc").asText() + "|"
                    + r.path("rt").decimalValue().stripTrailingZeros().toPlainString(), r));
            assertThat(rows.keySet()).as(tab).isEqualTo(want.byKey.keySet());
            want.byKey.forEach((key, s) -> {
                JsonNode r = rows.get(key);
                assertThat(r.path("uqc").asText()).isEqualTo("PCS");
                assertThat(r.path("qty").decimalValue()).isEqualByComparingTo(BigDecimal.valueOf(s[5], 3));
                money(r.path("txval"), s[0]);
                money(r.path("iamt"), s[1]);
                money(r.path("camt"), s[2]);
                money(r.path("samt"), s[3]);
                money(r.path("csamt"), s[4]);
            });
        }

        // doc_issue: every invoice and credit note, none cancelled (only uninvoiced sales can be cancelled)
        JsonNode invoiceDocs = gstr1.path("doc_issue").path("doc_det").get(0);
        assertThat(invoiceDocs.path("doc_num").asInt()).isEqualTo(1);
        JsonNode series = invoiceDocs.path("docs").get(0);
        assertThat(series.path("from").asText()).isEqualTo("INV/" + shortYear(today()) + "/000001");
        assertThat(series.path("to").asText()).isEqualTo(invoices.get(invoices.size() - 1).number());
        assertThat(series.path("totnum").asInt()).isEqualTo(7);
        assertThat(series.path("cancel").asInt()).isZero();
        assertThat(series.path("net_issue").asInt()).isEqualTo(7);
        JsonNode noteDocs = gstr1.path("doc_issue").path("doc_det").get(1);
        assertThat(noteDocs.path("doc_num").asInt()).isEqualTo(5);
        assertThat(noteDocs.path("docs").get(0).path("from").asText()).isEqualTo(b2bNote.number());
        assertThat(noteDocs.path("docs").get(0).path("to").asText()).isEqualTo(b2clNote.number());
        assertThat(noteDocs.path("docs").get(0).path("net_issue").asInt()).isEqualTo(2);

        // ---- GSTR-3B: GSTR-1's rated supplies net of credit notes ------------------------------------------------
        JsonNode gstr3b = get(REPORTS + "/gstr3b?period=" + period(), token);
        JsonNode osup = gstr3b.path("sup_details").path("osup_det");
        long gstr1Taxable = sum(b2bItems, 0) + sum(b2clItems, 0) + sum(b2cs, 0) - sum(cdn, 0);
        assertThat(gstr1Taxable).isEqualTo(rated[0]);
        money(osup.path("txval"), gstr1Taxable);
        money(osup.path("iamt"), sum(b2bItems, 1) + sum(b2clItems, 1) + sum(b2cs, 1) - sum(cdn, 1));
        money(osup.path("camt"), sum(b2bItems, 2) + sum(b2cs, 2) - sum(cdn, 2));
        money(osup.path("samt"), sum(b2bItems, 3) + sum(b2cs, 3) - sum(cdn, 3));
        money(gstr3b.path("sup_details").path("osup_nil_exmp").path("txval"), nil);
        money(gstr3b.path("sup_details").path("isup_rev").path("txval"), 0);
        assertThat(gstr3b.path("inwardSuppliesTracked").asBoolean(true)).isFalse();
        assertThat(gstr3b.path("note").asText()).contains("reverse charge");

        // ---- xlsx and CSV ------------------------------------------------------------------------------------------
        Binary xlsx = download(gstr1Path + "&format=xlsx", token, "*/*");
        assertThat(xlsx.status()).as(xlsx.toString()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contains("attachment").contains("GSTR1_" + KARNATAKA_GSTIN + "_" + period() + ".xlsx");
        try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.bytes()))) {
            List<String> sheets = new ArrayList<>();
            book.forEach(s -> sheets.add(s.getSheetName()));
            assertThat(sheets).containsSubsequence("b2b", "b2cl", "b2cs", "cdnr", "cdnur", "hsn", "docs");
            Sheet b2bSheet = book.getSheet("b2b");
            assertThat(b2bSheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("GSTIN/UIN of Recipient");
            assertThat(b2bSheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(KARNATAKA_BUYER_GSTIN);
            Sheet b2clSheet = book.getSheet("b2cl");
            assertThat(b2clSheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(b2cl.number());
            assertThat(BigDecimal.valueOf(b2clSheet.getRow(1).getCell(2).getNumericCellValue()))
                    .isEqualByComparingTo(rupees(b2cl.value()));
            Sheet docsSheet = book.getSheet("docs");
            assertThat(docsSheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(7.0);
        }
        Binary csv = download(gstr1Path + "&format=csv&section=b2cs", token, "*/*");
        assertThat(csv.status()).as(csv.toString()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv").contains("GSTR1_" + KARNATAKA_GSTIN + "_" + period());
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(csv.bytes(), StandardCharsets.UTF_8)),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(parser.getHeaderNames()).startsWith("Type", "Place Of Supply", "Supply Type", "Rate");
            assertThat(records).hasSize(3);
            Map<String, String> taxable = new TreeMap<>();
            records.forEach(r -> taxable.put(r.get("Supply Type") + "|" + r.get("Place Of Supply") + "|"
                    + r.get("Rate"), r.get("Taxable Value")));
            b2cs.byKey.forEach((key, want) -> assertThat(taxable.get(key)).isEqualTo(rupees(want[0]).toPlainString()));
        }

        // ---- HSN summary for a range -------------------------------------------------------------------------------
        JsonNode hsn = get(REPORTS + "/hsn-summary?from=" + day + "&to=" + day, token);
        Sums all = new Sums();
        hsnB2b.byKey.forEach((k, v) -> merge(all, k, v));
        hsnB2c.byKey.forEach((k, v) -> merge(all, k, v));
        Map<String, JsonNode> hsnRows = new LinkedHashMap<>();
        hsn.path("rows").forEach(r -> hsnRows.put(r.path("hsn").asText() + "|" + r.path("rate").asText(), r));
        assertThat(hsnRows.keySet()).containsExactlyInAnyOrderElementsOf(all.byKey.keySet());
        all.byKey.forEach((key, s) -> {
            assertThat(hsnRows.get(key).path("taxableValue").asText()).isEqualTo(rupees(s[0]).toPlainString());
            assertThat(hsnRows.get(key).path("igst").asText()).isEqualTo(rupees(s[1]).toPlainString());
        });

        // ---- sales register, paged and as CSV, reconciled with the daily summary ----------------------------------
        List<JsonNode> entries = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = get(REPORTS + "/sales-register?from=" + day + "&to=" + day + "&limit=4"
                    + (cursor == null ? "" : "&cursor=" + cursor), token);
            page.path("entries").forEach(entries::add);
            cursor = page.path("nextCursor").asText(null);
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(texts(entries, "number")).containsExactlyElementsOf(docs.stream().map(Doc::number).toList());
        assertThat(texts(entries, "kind")).containsExactly("INVOICE", "INVOICE", "INVOICE", "INVOICE", "INVOICE",
                "INVOICE", "INVOICE", "CREDIT_NOTE", "CREDIT_NOTE");
        long gross = 0, taxable = 0, cgst = 0, sgst = 0, igst = 0, returns = 0;
        for (JsonNode e : entries) {
            if (e.path("kind").asText().equals("INVOICE")) {
                gross += paise(e.path("total"));
                taxable += paise(e.path("taxableValue"));
                cgst += paise(e.path("cgst"));
                sgst += paise(e.path("sgst"));
                igst += paise(e.path("igst"));
            } else {
                returns += paise(e.path("total"));
            }
        }
        assertThat(gross).isEqualTo(invoices.stream().mapToLong(Doc::value).sum());
        JsonNode summary = get(REPORTS + "/daily-summary?date=" + day, token);
        assertThat(summary.path("salesCount").asInt()).isEqualTo(invoices.size());
        assertThat(summary.path("gross").asText()).isEqualTo(rupees(gross).toPlainString());
        assertThat(summary.path("taxableValue").asText()).isEqualTo(rupees(taxable).toPlainString());
        assertThat(summary.path("cgst").asText()).isEqualTo(rupees(cgst).toPlainString());
        assertThat(summary.path("sgst").asText()).isEqualTo(rupees(sgst).toPlainString());
        assertThat(summary.path("igst").asText()).isEqualTo(rupees(igst).toPlainString());
        assertThat(summary.path("returns").asText()).isEqualTo(rupees(returns).toPlainString());

        Binary registerCsv = download(REPORTS + "/sales-register?from=" + day + "&to=" + day, token, "text/csv");
        assertThat(registerCsv.status()).as(registerCsv.toString()).isEqualTo(200);
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(registerCsv.bytes(),
                StandardCharsets.UTF_8)), CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            List<CSVRecord> records = parser.getRecords();
            assertThat(records.stream().map(r -> r.get("Number")).toList())
                    .containsExactlyElementsOf(texts(entries, "number"));
            assertThat(records.stream().filter(r -> r.get("Kind").equals("INVOICE"))
                    .mapToLong(r -> new BigDecimal(r.get("Total")).movePointRight(2).longValueExact()).sum())
                    .isEqualTo(gross);
        }

        // ---- the accountant reads it; another shop sees none of it --------------------------------------------------
        assertThat(get(gstr1Path, addUser(shop, "ACCOUNTANT", uniquePhone()))).isEqualTo(gstr1);
        String theirs = signUp("Other GST Kirana").accessToken();
        JsonNode other = get(gstr1Path, theirs);
        assertThat(other.path("gstin").asText()).isEqualTo(MAHARASHTRA_GSTIN);
        assertThat(other.has("b2b")).isFalse();
        assertThat(other.has("b2cs")).isFalse();
        assertThat(other.has("doc_issue")).isFalse();
        assertThat(get(REPORTS + "/sales-register?from=" + day + "&to=" + day, theirs).path("entries").size())
                .isZero();
        assertThat(get(REPORTS + "/hsn-summary?from=" + day + "&to=" + day, theirs).path("rows").size()).isZero();
        money(get(REPORTS + "/gstr3b?period=" + period(), theirs).path("sup_details").path("osup_det")
                .path("txval"), 0);
    }

    private static long sum(Sums sums, int index) {
        return sums.byKey.values().stream().mapToLong(s -> s[index]).sum();
    }

    private static void merge(Sums into, String key, long[] values) {
        long[] s = into.byKey.computeIfAbsent(key, k -> new long[6]);
        for (int i = 0; i < 6; i++) {
            s[i] += values[i];
        }
    }

    @Test
    void a_composition_dealer_files_no_gstr1_but_has_its_registers() {
        Shop shop = karnatakaShop("Composition GST Kirana", "COMPOSITION");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        invoice(token, recordSale(token, cashSale(atta, "2")).path("id").asText());

        assertProblem(api.get(REPORTS + "/gstr1?period=" + period(), token), 409, "NOT_A_REGULAR_DEALER");
        assertProblem(api.get(REPORTS + "/gstr3b?period=" + period(), token), 409, "NOT_A_REGULAR_DEALER");
        String day = today().toString();
        await10().until(() -> get(REPORTS + "/sales-register?from=" + day + "&to=" + day, token).path("entries")
                .size() == 1);
        JsonNode entry = get(REPORTS + "/sales-register?from=" + day + "&to=" + day, token).path("entries").get(0);
        assertThat(entry.path("documentType").asText()).isEqualTo("BILL_OF_SUPPLY");
        assertThat(entry.path("total").asText()).isEqualTo("570.00");
    }

    @Test
    void a_cashier_may_not_read_gst_reports() {
        Shop shop = signUp("Counter GST Kirana");
        String cashier = addUser(shop, "CASHIER", uniquePhone());
        String day = today().toString();

        assertProblem(api.get(REPORTS + "/gstr1?period=" + period(), cashier), 403, "FORBIDDEN");
        assertProblem(api.get(REPORTS + "/gstr3b?period=" + period(), cashier), 403, "FORBIDDEN");
        assertProblem(api.get(REPORTS + "/hsn-summary?from=" + day + "&to=" + day, cashier), 403, "FORBIDDEN");
        assertProblem(api.get(REPORTS + "/sales-register?from=" + day + "&to=" + day, cashier), 403, "FORBIDDEN");
        assertThat(api.get(REPORTS + "/gstr1?period=" + period(), null).status()).isEqualTo(401);
    }

    @Test
    void bad_input_is_refused_with_its_code_and_field() {
        String token = signUp("Careful GST Kirana").accessToken();
        String next = today().plusMonths(1).format(DateTimeFormatter.ofPattern("MMyyyy"));

        assertProblem(api.get(REPORTS + "/gstr1", token), 400, "PERIOD_INVALID", "period");
        assertProblem(api.get(REPORTS + "/gstr1?period=132026", token), 400, "PERIOD_INVALID", "period");
        assertProblem(api.get(REPORTS + "/gstr1?period=11-2026", token), 400, "PERIOD_INVALID", "period");
        assertProblem(api.get(REPORTS + "/gstr1?period=" + next, token), 400, "PERIOD_INVALID", "period");
        assertProblem(api.get(REPORTS + "/gstr3b?period=2026", token), 400, "PERIOD_INVALID", "period");
        assertProblem(api.get(REPORTS + "/gstr1?period=" + period() + "&format=pdf", token), 400,
                "FORMAT_UNSUPPORTED", "format");
        assertProblem(api.get(REPORTS + "/gstr1?period=" + period() + "&format=csv", token), 400,
                "SECTION_REQUIRED", "section");
        assertProblem(api.get(REPORTS + "/gstr1?period=" + period() + "&format=csv&section=b2x", token), 400,
                "SECTION_INVALID", "section");
        assertProblem(api.get(REPORTS + "/hsn-summary?from=2026-13-01&to=2026-11-30", token), 400, "DATE_INVALID",
                "from");
        assertProblem(api.get(REPORTS + "/hsn-summary?from=2026-11-01", token), 400, "DATE_REQUIRED", "to");
        assertProblem(api.get(REPORTS + "/hsn-summary?from=2026-11-10&to=2026-11-01", token), 400,
                "DATE_RANGE_INVALID", "from");
        assertProblem(api.get(REPORTS + "/sales-register?from=2025-01-01&to=2026-01-02", token), 400,
                "RANGE_TOO_LONG", "from");
        assertProblem(api.get(REPORTS + "/sales-register?from=2026-11-01&to=2026-11-31", token), 400,
                "DATE_INVALID", "to");
        assertProblem(api.get(REPORTS + "/sales-register?from=2026-11-01&to=2026-11-30&limit=0", token), 400,
                "LIMIT_INVALID", "limit");
        assertProblem(api.get(REPORTS + "/sales-register?from=2026-11-01&to=2026-11-30&cursor=%25%25", token), 400,
                "CURSOR_INVALID", "cursor");
        assertThat(get(REPORTS + "/sales-register?from=2025-01-01&to=2026-01-01", token).path("entries").size())
                .as("366 days is allowed").isZero();
        JsonNode quiet = get(REPORTS + "/gstr1?period=" + period(), token);
        assertThat(quiet.path("fp").asText()).isEqualTo(period());
        assertThat(LocalDate.now()).isNotNull();
    }
}
