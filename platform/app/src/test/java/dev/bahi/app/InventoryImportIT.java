package dev.bahi.app;

import static dev.bahi.app.InventoryIT.await10;
import static dev.bahi.app.InventoryIT.texts;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Catalogue import from CSV: all rows or none, idempotent on SKU, every problem reported by its line. */
class InventoryImportIT extends EndToEndTest {
    static final String IMPORT = "/api/v1/items/import";
    static final String ITEMS = "/api/v1/items";
    static final String HEADER = "sku,name,hsn,gstRate,unit,salePrice,mrp,purchasePrice,minStock,barcode,openingStock\n";
    static final String ATTA = "ATTA-5KG,Aashirvaad Atta 5 kg,1101,5,PCS,285.00,295.00,250.00,10,8901725133979,40\n";
    static final String SUGAR = "SUGAR-LOOSE,Sugar (loose),1701,5,KG,46.00,,41.50,25,,120.500\n";
    static final String SOAP = "SOAP-100G,\"Lux Soap, 100 g\",3401,18,PCS,38.00,40.00,30.00,5,,\n";
    static final String GOOD = HEADER + ATTA + SUGAR + SOAP;

    @Test
    void a_good_file_creates_its_items_with_opening_stock_and_importing_it_again_creates_nothing() {
        Shop shop = signUp("Import Kirana");
        String token = shop.accessToken();
        Api.Response first = importCsv(token, GOOD);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.body().path("created").asInt()).isEqualTo(3);
        assertThat(first.body().path("updated").asInt()).isZero();
        assertThat(first.body().path("unchanged").asInt()).isZero();
        JsonNode rows = first.body().path("rows");
        assertThat(texts(rows, "line")).containsExactly("2", "3", "4");
        assertThat(texts(rows, "sku")).containsExactly("ATTA-5KG", "SUGAR-LOOSE", "SOAP-100G");
        assertThat(texts(rows, "outcome")).containsOnly("CREATED");
        Map<String, String> ids = idsBySku(rows);
        assertThat(ids.values()).doesNotContainNull().doesNotHaveDuplicates();

        // importing the same file again, at once, as a client retrying would
        Api.Response again = importCsv(token, GOOD);
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.body().path("created").asInt()).as(again.toString()).isZero();
        assertThat(again.body().path("updated").asInt()).as(again.toString()).isZero();
        assertThat(again.body().path("unchanged").asInt()).as(again.toString()).isEqualTo(3);
        assertThat(texts(again.body().path("rows"), "outcome")).containsOnly("UNCHANGED");
        assertThat(idsBySku(again.body().path("rows"))).isEqualTo(ids);

        await10().untilAsserted(() -> assertThat(list(token).size()).isEqualTo(3));
        JsonNode atta = item(token, ids.get("ATTA-5KG"));
        assertThat(atta.path("name").asText()).isEqualTo("Aashirvaad Atta 5 kg");
        assertThat(atta.path("barcode").asText()).isEqualTo("8901725133979");
        assertThat(atta.path("purchasePrice").asText()).isEqualTo("250.00");
        assertThat(atta.path("minStock").asText()).isEqualTo("10");
        assertThat(item(token, ids.get("SOAP-100G")).path("name").asText()).isEqualTo("Lux Soap, 100 g");
        // opening stock for new items only: one OPENING movement each, not repeated by the second import
        await10().untilAsserted(() -> assertThat(item(token, ids.get("ATTA-5KG")).path("onHand").asText()).isEqualTo("40"));
        JsonNode attaHistory = history(token, ids.get("ATTA-5KG"));
        assertThat(texts(attaHistory, "kind")).containsExactly("OPENING");
        assertThat(texts(attaHistory, "change")).containsExactly("40");
        assertThat(item(token, ids.get("ATTA-5KG")).path("stockValue").asText()).isEqualTo("10000.00");
        await10().untilAsserted(() ->
                assertThat(item(token, ids.get("SUGAR-LOOSE")).path("onHand").asText()).isEqualTo("120.5"));
        assertThat(texts(history(token, ids.get("SUGAR-LOOSE")), "kind")).containsExactly("OPENING");
        assertThat(history(token, ids.get("SOAP-100G")).size()).isZero();

        // another shop importing the same file gets items of its own
        Shop other = signUp("Import Kirana Two");
        Api.Response theirs = importCsv(other.accessToken(), GOOD);
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(200);
        assertThat(theirs.body().path("created").asInt()).isEqualTo(3);
        assertThat(idsBySku(theirs.body().path("rows")).values()).doesNotContainAnyElementsOf(ids.values());
        assertThat(list(token).size()).isEqualTo(3);
    }

    @Test
    void a_file_sent_again_right_after_its_import_creates_nothing_and_fails_nothing() {
        Shop shop = signUp("Double Tap Kirana");
        String token = shop.accessToken();
        for (int i = 0; i < 25; i++) {
            String file = HEADER + "FRESH-" + i + ",Fresh Item " + i + ",1101,5,PCS,10.00,,,,,\n";
            Api.Response first = importCsv(token, file);
            assertThat(first.status()).as(first.toString()).isEqualTo(200);
            Api.Response again = importCsv(token, file);
            assertThat(again.status()).as("round %d: %s", i, again).isEqualTo(200);
            assertThat(again.body().path("created").asInt()).as(again.toString()).isZero();
            assertThat(again.body().path("unchanged").asInt()).as(again.toString()).isEqualTo(1);
        }
        // a file mixing a new row with one imported a moment ago is still all or nothing
        Api.Response before = importCsv(token, HEADER + "LAST-1,Last Item,1101,5,PCS,10.00,,,,,\n");
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        Api.Response mixed = importCsv(token, HEADER + "NEXT-1,Next Item,1101,5,PCS,10.00,,,,,\n"
                + "LAST-1,Last Item,1101,5,PCS,10.00,,,,,\n");
        assertThat(mixed.status()).as(mixed.toString()).isEqualTo(200);
        assertThat(mixed.body().path("created").asInt()).isEqualTo(1);
        assertThat(mixed.body().path("unchanged").asInt()).isEqualTo(1);
        await10().untilAsserted(() -> assertThat(list(token).size()).isEqualTo(27));
    }

    @Test
    void a_changed_row_updates_its_item_and_leaves_the_others_alone() {
        Shop shop = signUp("Price Change Kirana");
        String token = shop.accessToken();
        Api.Response first = importCsv(token, GOOD);
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        Map<String, String> ids = idsBySku(first.body().path("rows"));
        await10().untilAsserted(() -> assertThat(list(token).size()).isEqualTo(3));

        String changed = HEADER + ATTA + SUGAR.replace(",46.00,", ",48.00,") + SOAP;
        Api.Response update = importCsv(token, changed);
        assertThat(update.status()).as(update.toString()).isEqualTo(200);
        assertThat(update.body().path("created").asInt()).isZero();
        assertThat(update.body().path("updated").asInt()).isEqualTo(1);
        assertThat(update.body().path("unchanged").asInt()).isEqualTo(2);
        assertThat(texts(update.body().path("rows"), "outcome")).containsExactly("UNCHANGED", "UPDATED", "UNCHANGED");
        assertThat(idsBySku(update.body().path("rows"))).isEqualTo(ids);
        await10().untilAsserted(() ->
                assertThat(item(token, ids.get("SUGAR-LOOSE")).path("salePrice").asText()).isEqualTo("48.00"));
        assertThat(item(token, ids.get("SUGAR-LOOSE")).path("onHand").asText()).as("stock is not touched")
                .isEqualTo("120.5");
        assertThat(history(token, ids.get("SUGAR-LOOSE")).size()).isEqualTo(1);
        assertThat(item(token, ids.get("ATTA-5KG")).path("salePrice").asText()).isEqualTo("285.00");

        // lower-case SKUs and headers in another case and order match the same items
        String reordered = "SalePrice,SKU,Name,HSN,GSTRATE,Unit\n285.00,atta-5kg,Aashirvaad Atta 5 kg,1101,5,pcs\n";
        Api.Response same = importCsv(token, reordered);
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertThat(same.body().path("created").asInt()).isZero();
        assertThat(idsBySku(same.body().path("rows"))).containsEntry("ATTA-5KG", ids.get("ATTA-5KG"));
        assertThat(list(token).size()).isEqualTo(3);
    }

    @Test
    void one_bad_row_rejects_the_whole_file_with_every_problem_listed_by_line() {
        Shop shop = signUp("Bad Rows Kirana");
        String token = shop.accessToken();
        String file = HEADER + ATTA
                + "BAD-HSN,Bad Hsn,11,5,PCS,10.00,,,,,\n"
                + SUGAR
                + "BAD-GST,Bad Gst,1101,7,PCS,10.00,,,,,\n"
                + "BAD-MRP,Bad Mrp,1101,5,PCS,10.00,9.00,,,8901725133978,\n"
                + "BAD-QTY,Bad Quantity,1101,5,PCS,10.00,,,,,1.5\n"
                + SOAP;
        Api.Response rejected = importCsv(token, file);
        assertProblem(rejected, 400, "IMPORT_REJECTED");
        JsonNode errors = rejected.body().path("errors");
        assertThat(texts(errors, "row")).as(rejected.toString()).containsExactly("3", "5", "6", "7");
        assertThat(texts(errors, "code")).containsExactly("HSN_INVALID", "GST_RATE_INVALID", "BARCODE_CHECK_DIGIT",
                "QUANTITY_NOT_WHOLE");
        assertThat(texts(errors, "field")).containsExactly("hsn", "gstRate", "barcode", "openingStock");
        assertThat(list(token).size()).as("nothing was imported").isZero();

        // the good rows alone are new: the rejected file wrote nothing, not even a SKU
        Api.Response good = importCsv(token, GOOD);
        assertThat(good.status()).as(good.toString()).isEqualTo(200);
        assertThat(good.body().path("created").asInt()).as(good.toString()).isEqualTo(3);
    }

    @Test
    void a_sku_twice_in_one_file_is_refused() {
        Shop shop = signUp("Duplicate Kirana");
        String token = shop.accessToken();
        Api.Response rejected = importCsv(token, HEADER + ATTA + SUGAR + ATTA.replace("ATTA-5KG", "atta-5kg"));
        assertProblem(rejected, 400, "IMPORT_REJECTED", "sku");
        JsonNode errors = rejected.body().path("errors");
        assertThat(errors.size()).as(rejected.toString()).isEqualTo(1);
        assertThat(errors.get(0).path("row").asInt()).isEqualTo(4);
        assertThat(errors.get(0).path("code").asText()).isEqualTo("SKU_DUPLICATE");
        assertThat(errors.get(0).path("detail").asText()).contains("line 2");
        assertThat(list(token).size()).isZero();
    }

    @Test
    void a_file_that_is_not_a_catalogue_is_refused_as_a_whole() {
        Shop shop = signUp("Bad File Kirana");
        String token = shop.accessToken();
        assertProblem(importCsv(token, "sku,name,gstRate,unit,salePrice\nX-1,X,5,PCS,1.00\n"),
                400, "CSV_MISSING_COLUMN", "file");
        assertProblem(importCsv(token, "sku,name,hsn,gstRate,unit,salePrice,colour\nX-1,X,1101,5,PCS,1.00,red\n"),
                400, "CSV_UNKNOWN_COLUMN", "file");
        assertProblem(importCsv(token, "sku,name,hsn,gstRate,unit,salePrice,SKU\nX-1,X,1101,5,PCS,1.00,X-2\n"),
                400, "CSV_DUPLICATE_COLUMN", "file");
        assertProblem(importCsv(token, HEADER), 400, "IMPORT_EMPTY", "file");
        assertProblem(api.postBytes(IMPORT, token, "text/csv", new byte[0]), 400, "IMPORT_EMPTY", "file");

        ByteArrayOutputStream latin1 = new ByteArrayOutputStream();
        latin1.writeBytes(HEADER.getBytes(StandardCharsets.UTF_8));
        latin1.writeBytes("CAFE-1,Caf".getBytes(StandardCharsets.UTF_8));
        latin1.write(0xE9); // é in ISO-8859-1, not UTF-8
        latin1.writeBytes(" Coffee,0901,5,PCS,120.00,,,,,\n".getBytes(StandardCharsets.UTF_8));
        assertProblem(api.postBytes(IMPORT, token, "text/csv", latin1.toByteArray()), 400, "CSV_NOT_UTF8", "file");
        assertThat(list(token).size()).isZero();

        // UTF-8 with a byte-order mark and names in Devanagari is fine
        String hindi = "\uFEFF" + HEADER + "ATTA-HI,आटा 5 किलो,1101,5,PCS,285.00,,,,,\n";
        Api.Response imported = importCsv(token, hindi);
        assertThat(imported.status()).as(imported.toString()).isEqualTo(200);
        String id = imported.body().path("rows").get(0).path("itemId").asText();
        await10().untilAsserted(() -> assertThat(item(token, id).path("name").asText()).isEqualTo("आटा 5 किलो"));
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    private Api.Response importCsv(String token, String csv) {
        return api.postBytes(IMPORT, token, "text/csv", csv.getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, String> idsBySku(JsonNode rows) {
        return StreamSupport.stream(rows.spliterator(), false)
                .collect(Collectors.toMap(r -> r.path("sku").asText(), r -> r.path("itemId").asText()));
    }

    private JsonNode list(String token) {
        Api.Response list = api.get(ITEMS + "?includeArchived=true&limit=200", token);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.body().path("items");
    }

    private JsonNode item(String token, String itemId) {
        Api.Response item = api.get(ITEMS + "/" + itemId, token);
        assertThat(item.status()).as(item.toString()).isEqualTo(200);
        return item.body();
    }

    private JsonNode history(String token, String itemId) {
        Api.Response history = api.get(ITEMS + "/" + itemId + "/stock-movements", token);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        return history.body().path("movements");
    }
}
