package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bahi.inventory.api.IssueStockForSale;
import dev.bahi.inventory.api.LowStockDetected;
import dev.bahi.inventory.api.SaleLine;
import dev.bahi.inventory.api.StockIssue;
import dev.bahi.inventory.api.StockMovementKind;
import dev.bahi.inventory.api.StockMovementRecorded;
import dev.bahi.inventory.api.StockMovementView;
import dev.bahi.inventory.api.StockReplenished;
import dev.bahi.platform.kernel.NotFound;
import dev.bahi.platform.kernel.StateConflict;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.stream.StreamSupport;
import org.awaitility.core.ConditionFactory;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The inventory context over real HTTP: catalogue, stock movements, valuation, settings, roles and isolation. */
class InventoryIT extends EndToEndTest {
    static final String ITEMS = "/api/v1/items";
    static final String SETTINGS = "/api/v1/inventory/settings";
    static final String VALUATION = "/api/v1/stock/valuation";
    static final String BARCODE = "8901725133979";

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandGateway commands;

    // ---- the flow of one item ------------------------------------------------------------------------------------

    @Test
    void a_packed_item_keeps_every_movement_with_its_reason_and_running_balance() {
        Shop shop = signUp("Flow Kirana");
        String token = shop.accessToken();
        Api.Response created = api.post(ITEMS, token, packed("ATTA-5KG"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).endsWith(ITEMS + "/" + id);
        assertThat(created.text("sku")).isEqualTo("ATTA-5KG");
        assertThat(created.text("unit")).isEqualTo("PCS");
        assertThat(created.text("uqc")).isEqualTo("PCS");
        assertThat(created.text("salePrice")).isEqualTo("285.00");
        assertThat(created.text("onHand")).isEqualTo("0");
        assertThat(created.text("status")).isEqualTo("ACTIVE");

        JsonNode received = record(token, id, body("kind", "RECEIVED", "quantity", "50", "purchasePrice", "250.00",
                "supplier", "Gupta Distributors", "reference", "Bill 881"));
        assertThat(received.path("sequence").asLong()).isEqualTo(1);
        assertThat(received.path("change").asText()).isEqualTo("50");
        assertThat(received.path("balance").asText()).isEqualTo("50");
        assertThat(received.path("purchasePrice").asText()).isEqualTo("250.00");
        assertThat(received.path("supplier").asText()).isEqualTo("Gupta Distributors");
        assertThat(record(token, id, body("kind", "SALE", "quantity", "2")).path("balance").asText()).isEqualTo("48");
        assertThat(record(token, id, body("kind", "SALE_RETURN", "quantity", "1")).path("balance").asText())
                .isEqualTo("49");
        assertThat(record(token, id, body("kind", "WRITE_OFF", "quantity", "1", "note", "Torn bag"))
                .path("balance").asText()).isEqualTo("48");
        JsonNode count = record(token, id, body("kind", "COUNT", "quantity", "40", "note", "Monthly count"));
        assertThat(count.path("quantity").asText()).as("a count keeps what was counted").isEqualTo("40");
        assertThat(count.path("change").asText()).as("and records the difference").isEqualTo("-8");
        assertThat(count.path("balance").asText()).isEqualTo("40");

        JsonNode history = awaitHistory(token, id, 5);
        assertThat(texts(history, "kind")).containsExactly("RECEIVED", "SALE", "SALE_RETURN", "WRITE_OFF", "COUNT");
        assertThat(texts(history, "change")).containsExactly("50", "-2", "1", "-1", "-8");
        assertThat(texts(history, "balance")).containsExactly("50", "48", "49", "48", "40");
        assertThat(texts(history, "sequence")).containsExactly("1", "2", "3", "4", "5");
        assertThat(history.get(0).path("supplier").asText()).isEqualTo("Gupta Distributors");
        assertThat(history.get(0).path("reference").asText()).isEqualTo("Bill 881");
        assertThat(history.get(3).path("note").asText()).isEqualTo("Torn bag");

        awaitOnHand(token, id, "40");
        JsonNode item = item(token, id);
        assertThat(item.path("purchasePrice").asText()).as("received goods set the purchase price").isEqualTo("250.00");
        assertThat(item.path("stockValue").asText()).as("40 × 250.00").isEqualTo("10000.00");
        Api.Response now = api.get(ITEMS + "/" + id + "/stock", token);
        assertThat(now.text("onHand")).as(now.toString()).isEqualTo("40");
        assertThat(now.text("unit")).isEqualTo("PCS");

        // stock at a past moment: between two movements whose stored times differ
        int k = -1;
        for (int i = 0; i < 4 && k < 0; i++) {
            if (recordedAt(history.get(i)).isBefore(recordedAt(history.get(i + 1)))) {
                k = i;
            }
        }
        assertThat(k).as("movements made by separate requests are recorded at different instants").isNotNegative();
        Instant before = recordedAt(history.get(k));
        Instant after = recordedAt(history.get(k + 1));
        Instant between = before.plus(Duration.between(before, after).dividedBy(2));
        Api.Response then = api.get(ITEMS + "/" + id + "/stock?asOf=" + between, token);
        assertThat(then.status()).as(then.toString()).isEqualTo(200);
        assertThat(then.text("onHand")).as(then.toString()).isEqualTo(history.get(k).path("balance").asText());
        assertThat(then.body().path("lastMovement").path("sequence").asLong()).isEqualTo(k + 1);
        Api.Response beforeAll = api.get(ITEMS + "/" + id + "/stock?asOf="
                + recordedAt(history.get(0)).minusMillis(1), token);
        assertThat(beforeAll.text("onHand")).as(beforeAll.toString()).isEqualTo("0");
        assertThat(beforeAll.body().path("lastMovement").isMissingNode()).isTrue();
        assertProblem(api.get(ITEMS + "/" + id + "/stock?asOf=yesterday", token), 400, "AS_OF_INVALID", "asOf");
    }

    @Test
    void loose_goods_are_sold_in_any_unit_of_their_kind_and_bad_quantities_change_nothing() {
        Shop shop = signUp("Loose Kirana");
        String token = shop.accessToken();
        String sugar = create(token, loose("SUGAR-LOOSE"));
        record(token, sugar, body("kind", "RECEIVED", "quantity", "10", "purchasePrice", "41.50"));
        JsonNode sale = record(token, sugar, body("kind", "SALE", "quantity", "250", "unit", "G"));
        assertThat(sale.path("quantity").asText()).isEqualTo("0.25");
        assertThat(sale.path("change").asText()).isEqualTo("-0.25");
        assertThat(sale.path("balance").asText()).isEqualTo("9.75");
        assertThat(sale.path("unit").asText()).isEqualTo("KG");
        String historyBefore = awaitHistory(token, sugar, 2).toString();
        awaitOnHand(token, sugar, "9.75");
        long eventsBefore = events(sugar).size();

        assertProblem(sell(token, sugar, "1", "PCS"), 400, "UNIT_INCOMPATIBLE", "unit");
        assertProblem(sell(token, sugar, "1", "L"), 400, "UNIT_INCOMPATIBLE", "unit");
        assertProblem(sell(token, sugar, "1", "BUCKET"), 400, "UNIT_UNKNOWN", "unit");
        assertProblem(sell(token, sugar, "0", null), 400, "QUANTITY_NOT_POSITIVE", "quantity");
        assertProblem(sell(token, sugar, "-1", null), 400, "QUANTITY_NOT_POSITIVE", "quantity");
        assertProblem(sell(token, sugar, "0.0001", "KG"), 400, "QUANTITY_TOO_PRECISE", "quantity");
        assertProblem(sell(token, sugar, "0.5", "G"), 400, "QUANTITY_TOO_PRECISE", "quantity");
        assertProblem(sell(token, sugar, "a lot", null), 400, "QUANTITY_INVALID", "quantity");
        assertProblem(sell(token, sugar, null, null), 400, "QUANTITY_REQUIRED", "quantity");
        assertProblem(api.post(ITEMS + "/" + sugar + "/stock-movements", token, body("kind", "STOLEN", "quantity", "1")),
                400, "KIND_UNKNOWN", "kind");
        assertProblem(api.post(ITEMS + "/" + sugar + "/stock-movements", token, body("kind", "WRITE_OFF", "quantity", "1")),
                400, "NOTE_REQUIRED", "note");
        assertProblem(api.post(ITEMS + "/" + sugar + "/stock-movements", token,
                body("kind", "SALE", "quantity", "1", "purchasePrice", "40.00")), 400, "PURCHASE_PRICE_NOT_ALLOWED",
                "purchasePrice");
        assertProblem(api.post(ITEMS + "/" + sugar + "/stock-movements", token,
                body("kind", "SALE", "quantity", "1", "onHand", "100")), 400, "UNKNOWN_FIELD", "onHand");
        assertProblem(api.post(ITEMS + "/" + sugar + "/stock-movements", token,
                body("kind", "OPENING", "quantity", "5")), 409, "OPENING_STOCK_AFTER_MOVEMENTS");

        String soap = create(token, packed("SOAP-100G"));
        assertProblem(sell(token, soap, "1.5", null), 400, "QUANTITY_NOT_WHOLE", "quantity");
        assertProblem(sell(token, soap, "500", "G"), 400, "UNIT_INCOMPATIBLE", "unit");

        assertThat(events(sugar)).as("no refused movement reached the event store").hasSize((int) eventsBefore);
        assertThat(events(soap)).hasSize(1);
        assertThat(history(token, sugar).toString()).isEqualTo(historyBefore);
        assertThat(history(token, soap).size()).isZero();
        assertThat(item(token, sugar).path("onHand").asText()).isEqualTo("9.75");
    }

    // ---- the catalogue ------------------------------------------------------------------------------------------

    @Test
    void bad_catalogue_input_is_refused_with_its_code_and_field_and_leaves_no_item() {
        Shop shop = signUp("Strict Catalogue Stores");
        String token = shop.accessToken();
        List<Object[]> cases = List.of(
                new Object[] {"hsn", "11", "HSN_INVALID", "hsn"},
                new Object[] {"hsn", "", "HSN_REQUIRED", "hsn"},
                new Object[] {"gstRate", "7", "GST_RATE_INVALID", "gstRate"},
                new Object[] {"gstRate", "five", "GST_RATE_INVALID", "gstRate"},
                new Object[] {"barcode", "8901725133978", "BARCODE_CHECK_DIGIT", "barcode"},
                new Object[] {"salePrice", "300.00", "SALE_PRICE_ABOVE_MRP", "salePrice"},
                new Object[] {"unit", "BUCKET", "UNIT_UNKNOWN", "unit"},
                new Object[] {"salePrice", "285.125", "AMOUNT_INVALID", "salePrice"},
                new Object[] {"mrp", "295.001", "AMOUNT_INVALID", "mrp"},
                new Object[] {"purchasePrice", "-1.00", "AMOUNT_NEGATIVE", "purchasePrice"},
                new Object[] {"minStock", "1.5", "QUANTITY_NOT_WHOLE", "minStock"},
                new Object[] {"sku", "ATTA 5KG", "SKU_INVALID", "sku"},
                new Object[] {"name", " ", "NAME_REQUIRED", "name"},
                new Object[] {"tenantId", signUp("Victim Stores").tenantId(), "UNKNOWN_FIELD", "tenantId"},
                new Object[] {"onHand", "1000", "UNKNOWN_FIELD", "onHand"},
                new Object[] {"status", "ARCHIVED", "UNKNOWN_FIELD", "status"});
        for (Object[] c : cases) {
            Map<String, Object> item = packed("ATTA-5KG");
            item.put((String) c[0], c[1]);
            assertProblem(api.post(ITEMS, token, item), 400, (String) c[2], (String) c[3]);
            assertThat(api.get(ITEMS + "?includeArchived=true", token).body().path("items").size())
                    .as("nothing is left of a refused item (%s=%s)", c[0], c[1]).isZero();
        }
        assertProblem(api.postRaw(ITEMS, token, "{\"sku\": \"ATTA-5KG\","), 400, "MALFORMED_JSON");
        // none of the refusals kept the SKU
        Map<String, Object> valid = packed("ATTA-5KG");
        valid.put("barcode", BARCODE);
        Api.Response good = api.post(ITEMS, token, valid);
        assertThat(good.status()).as(good.toString()).isEqualTo(201);
        assertThat(good.text("barcode")).isEqualTo(BARCODE);
    }

    @Test
    void a_sku_is_unique_within_a_shop_whatever_its_case_but_free_in_another_shop() {
        Shop shop = signUp("Sku Stores");
        Shop other = signUp("Other Sku Stores");
        Api.Response first = api.post(ITEMS, shop.accessToken(), packed("rice-1kg"));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.text("sku")).isEqualTo("RICE-1KG");
        assertProblem(api.post(ITEMS, shop.accessToken(), packed("RICE-1KG")), 409, "SKU_TAKEN");
        assertProblem(api.post(ITEMS, shop.accessToken(), packed(" Rice-1Kg ")), 409, "SKU_TAKEN");
        Api.Response elsewhere = api.post(ITEMS, other.accessToken(), packed("RICE-1KG"));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
        assertThat(elsewhere.text("id")).isNotEqualTo(first.text("id"));

        assertThat(ids(shop.accessToken(), "")).containsExactly(first.text("id"));
        assertThat(ids(other.accessToken(), "")).containsExactly(elsewhere.text("id"));
        // the SKU does not change on an item
        assertProblem(api.patch(ITEMS + "/" + first.text("id"), shop.accessToken(), Map.of("sku", "RICE-2KG")),
                400, "SKU_IMMUTABLE", "sku");
    }

    @Test
    void concurrent_creations_of_one_sku_leave_exactly_one_item() throws Exception {
        Shop shop = signUp("Sku Race Stores");
        List<Api.Response> responses = concurrently(8, i -> api.post(ITEMS, shop.accessToken(), packed("RACE-SKU")));
        List<Api.Response> created = responses.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).as(responses.toString()).hasSize(1);
        responses.stream().filter(r -> r.status() != 201).forEach(r -> assertProblem(r, 409, "SKU_TAKEN"));
        assertThat(ids(shop.accessToken(), "?includeArchived=true")).containsExactly(created.get(0).text("id"));
    }

    @Test
    void a_patch_changes_only_the_fields_sent_and_an_empty_string_removes_an_optional_one() {
        Shop shop = signUp("Patch Stores");
        String token = shop.accessToken();
        Map<String, Object> item = packed("TEA-250G");
        item.put("barcode", BARCODE);
        String id = create(token, item);
        Api.Response changed = api.patch(ITEMS + "/" + id, token, Map.of("name", "Tata Tea Gold 250 g", "mrp", ""));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("name")).isEqualTo("Tata Tea Gold 250 g");
        assertThat(changed.text("mrp")).isNull();
        assertThat(changed.text("salePrice")).isEqualTo("285.00");
        assertThat(changed.text("barcode")).isEqualTo(BARCODE);
        await10().untilAsserted(() -> assertThat(item(token, id).path("name").asText()).isEqualTo("Tata Tea Gold 250 g"));
        assertProblem(api.patch(ITEMS + "/" + id, token, Map.of("salePrice", "300.00", "mrp", "299.00")),
                400, "SALE_PRICE_ABOVE_MRP", "salePrice");
        assertProblem(api.patch(ITEMS + "/" + id, token, Map.of("onHand", "5")), 400, "UNKNOWN_FIELD", "onHand");
        // the unit changes only while the item has no stock movements
        record(token, id, body("kind", "RECEIVED", "quantity", "3"));
        assertProblem(api.patch(ITEMS + "/" + id, token, Map.of("unit", "BOX")), 409, "UNIT_IN_USE");
        assertThat(item(token, id).path("unit").asText()).isEqualTo("PCS");
    }

    // ---- low stock -------------------------------------------------------------------------------------------------

    @Test
    void low_stock_is_flagged_once_per_crossing_and_cleared_on_replenishment() {
        Shop shop = signUp("Low Stock Stores");
        String token = shop.accessToken();
        Map<String, Object> item = packed("DAL-1KG");
        item.put("minStock", "10");
        String id = create(token, item);
        record(token, id, body("kind", "RECEIVED", "quantity", "12"));
        awaitOnHand(token, id, "12");
        assertThat(ids(token, "?lowStock=true")).doesNotContain(id);
        assertThat(item(token, id).path("lowStock").asBoolean()).isFalse();

        sell(token, id, "2");
        awaitOnHand(token, id, "10");
        assertThat(ids(token, "?lowStock=true")).as("at its minimum is low").containsExactly(id);
        assertThat(item(token, id).path("lowStock").asBoolean()).isTrue();

        sell(token, id, "2");
        awaitOnHand(token, id, "8");
        assertThat(ids(token, "?lowStock=true")).containsExactly(id);

        record(token, id, body("kind", "RECEIVED", "quantity", "12"));
        awaitOnHand(token, id, "20");
        assertThat(ids(token, "?lowStock=true")).doesNotContain(id);
        assertThat(ids(token, "")).containsExactly(id);

        List<Object> events = events(id);
        assertThat(events).extracting(e -> e.getClass().getSimpleName()).containsExactly("ItemRegistered",
                "StockMovementRecorded", "StockMovementRecorded", "LowStockDetected", "StockMovementRecorded",
                "StockMovementRecorded", "StockReplenished");
        LowStockDetected low = (LowStockDetected) events.get(3);
        assertThat(low.onHand()).isEqualByComparingTo("10");
        assertThat(low.minStock()).isEqualByComparingTo("10");
        assertThat(low.sku()).isEqualTo("DAL-1KG");
        assertThat(low.tenantId()).isEqualTo(shop.tenantId());
        StockReplenished replenished = (StockReplenished) events.get(6);
        assertThat(replenished.onHand()).isEqualByComparingTo("20");
    }

    // ---- strict stock ----------------------------------------------------------------------------------------------

    @Test
    void a_strict_shop_refuses_to_sell_below_zero_while_others_record_the_sale() {
        Shop strict = signUp("Strict Stores");
        Shop lax = signUp("Lax Stores");
        Api.Response before = api.get(SETTINGS, strict.accessToken());
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        assertThat(before.body().path("strictStock").asBoolean()).isFalse();
        Api.Response changed = api.patch(SETTINGS, strict.accessToken(), Map.of("strictStock", true));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().path("strictStock").asBoolean()).isTrue();
        assertThat(changed.text("changedAt")).isNotNull();
        assertThat(api.get(SETTINGS, strict.accessToken()).body().path("strictStock").asBoolean()).isTrue();
        assertThat(api.get(SETTINGS, lax.accessToken()).body().path("strictStock").asBoolean()).isFalse();
        assertProblem(api.patch(SETTINGS, strict.accessToken(), Map.of()), 400, "VALIDATION_FAILED", "strictStock");

        String guarded = create(strict.accessToken(), packed("OIL-1L"));
        record(strict.accessToken(), guarded, body("kind", "RECEIVED", "quantity", "3"));
        assertProblem(sell(strict.accessToken(), guarded, "5"), 409, "INSUFFICIENT_STOCK");
        assertProblem(api.post(ITEMS + "/" + guarded + "/stock-movements", strict.accessToken(),
                body("kind", "WRITE_OFF", "quantity", "4", "note", "Leaking")), 409, "INSUFFICIENT_STOCK");
        assertProblem(api.patch(ITEMS + "/" + guarded + "/stock", strict.accessToken(),
                body("kind", "SALE", "quantity", "4")), 409, "INSUFFICIENT_STOCK");
        assertThat(sell(strict.accessToken(), guarded, "3").body().path("balance").asText()).isEqualTo("0");
        assertThat(texts(awaitHistory(strict.accessToken(), guarded, 2), "balance")).containsExactly("3", "0");

        String free = create(lax.accessToken(), packed("OIL-1L"));
        record(lax.accessToken(), free, body("kind", "RECEIVED", "quantity", "3"));
        Api.Response oversold = sell(lax.accessToken(), free, "5");
        assertThat(oversold.status()).as(oversold.toString()).isEqualTo(201);
        assertThat(oversold.text("balance")).isEqualTo("-2");
        awaitOnHand(lax.accessToken(), free, "-2");

        // turning strict stock off again lets the strict shop sell below zero
        assertThat(api.patch(SETTINGS, strict.accessToken(), Map.of("strictStock", false)).status()).isEqualTo(200);
        assertThat(sell(strict.accessToken(), guarded, "1").text("balance")).isEqualTo("-1");
    }

    @Test
    void concurrent_sales_in_a_strict_shop_never_take_stock_below_zero() throws Exception {
        Shop shop = signUp("Rush Hour Stores");
        String token = shop.accessToken();
        assertThat(api.patch(SETTINGS, token, Map.of("strictStock", true)).status()).isEqualTo(200);
        String id = create(token, packed("MILK-500ML"));
        record(token, id, body("kind", "RECEIVED", "quantity", "5"));

        List<Api.Response> responses = concurrently(20, i -> sell(token, id, "1"));
        assertThat(responses.stream().filter(r -> r.status() == 201)).as(responses.toString()).hasSize(5);
        for (Api.Response refused : responses.stream().filter(r -> r.status() != 201).toList()) {
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.code()).as(refused.toString()).isIn("INSUFFICIENT_STOCK", "CONCURRENT_MODIFICATION");
        }
        awaitOnHand(token, id, "0");
        JsonNode history = awaitHistory(token, id, 6);
        assertThat(texts(history, "balance")).containsExactly("5", "4", "3", "2", "1", "0");
        assertThat(events(id).stream().filter(e -> e instanceof StockMovementRecorded)).hasSize(6);
    }

    // ---- issuing a sale's stock ------------------------------------------------------------------------------------

    @Test
    void a_sale_issues_stock_for_all_its_lines_or_for_none() {
        Shop shop = signUp("Counter Stores");
        String token = shop.accessToken();
        assertThat(api.patch(SETTINGS, token, Map.of("strictStock", true)).status()).isEqualTo(200);
        String a = create(token, packed("BISCUIT-A"));
        String b = create(token, packed("BISCUIT-B"));
        record(token, a, body("kind", "RECEIVED", "quantity", "10"));
        record(token, b, body("kind", "RECEIVED", "quantity", "3"));
        awaitHistory(token, a, 1);
        awaitHistory(token, b, 1);
        // lines are issued in item-id order: let the first one issued succeed and the second one be short
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first.equals(a) ? b : a;
        record(token, second, body("kind", "WRITE_OFF", "quantity", "1", "note", "Damaged"));
        awaitOnHand(token, second, first.equals(a) ? "2" : "9");
        BigDecimal secondOnHand = new BigDecimal(item(token, second).path("onHand").asText());
        String firstOnHand = first.equals(a) ? "10" : "3";
        awaitOnHand(token, first, firstOnHand);
        String firstHistory = history(token, first).toString();
        int firstEvents = events(first).size();
        int secondEvents = events(second).size();

        Throwable refused = catchThrowable(() -> commands.sendAndWait(new IssueStockForSale(shop.tenantId(), "sale-1",
                List.of(new SaleLine(second, secondOnHand.add(BigDecimal.ONE), null),
                        new SaleLine(first, new BigDecimal("2"), null)))));
        assertThat(refused).as("a short line refuses the whole sale").isNotNull();
        assertThat(conflictCode(refused)).as(String.valueOf(refused)).isEqualTo("INSUFFICIENT_STOCK");
        assertThat(events(first)).as("the line already issued left no trace").hasSize(firstEvents);
        assertThat(events(second)).hasSize(secondEvents);
        assertThat(history(token, first).toString()).isEqualTo(firstHistory);
        assertThat(item(token, first).path("onHand").asText()).isEqualTo(firstOnHand);

        Object answer = commands.sendAndWait(new IssueStockForSale(shop.tenantId(), "sale-2",
                List.of(new SaleLine(second, BigDecimal.ONE, null), new SaleLine(first, new BigDecimal("2"), null))));
        assertThat(answer).isInstanceOf(StockIssue.class);
        StockIssue issue = (StockIssue) answer;
        assertThat(issue.saleId()).isEqualTo("sale-2");
        assertThat(issue.movements()).as("one movement per line, in line order")
                .extracting(StockMovementView::itemId).containsExactly(second, first);
        assertThat(issue.movements()).extracting(StockMovementView::kind)
                .containsOnly(StockMovementKind.SALE);
        assertThat(issue.movements().get(0).change()).isEqualByComparingTo("-1");
        assertThat(issue.movements().get(1).change()).isEqualByComparingTo("-2");
        assertThat(issue.movements().get(1).reference()).isEqualTo("sale sale-2");
        awaitOnHand(token, first, first.equals(a) ? "8" : "1");
        awaitOnHand(token, second, secondOnHand.subtract(BigDecimal.ONE).toPlainString());

        // another shop cannot issue this shop's stock
        Shop other = signUp("Other Counter Stores");
        Throwable foreign = catchThrowable(() -> commands.sendAndWait(new IssueStockForSale(other.tenantId(), "sale-3",
                List.of(new SaleLine(first, BigDecimal.ONE, null)))));
        assertThat(foreign).isNotNull();
        assertThat(notFoundCode(foreign)).as(String.valueOf(foreign)).isEqualTo("ITEM_NOT_FOUND");
        assertThat(events(first).stream().filter(e -> e instanceof StockMovementRecorded)).hasSize(2);
    }

    // ---- archive ---------------------------------------------------------------------------------------------------

    @Test
    void an_archived_item_leaves_the_counter_but_keeps_its_history() {
        Shop shop = signUp("Archive Stores");
        String token = shop.accessToken();
        String old = create(token, packed("OLD-SOAP"));
        String current = create(token, packed("NEW-SOAP"));
        record(token, old, body("kind", "RECEIVED", "quantity", "5", "purchasePrice", "30.00"));
        awaitOnHand(token, old, "5");

        Api.Response archived = api.post(ITEMS + "/" + old + "/archive", token, Map.of());
        assertThat(archived.status()).as(archived.toString()).isEqualTo(200);
        assertThat(archived.text("status")).isEqualTo("ARCHIVED");
        await10().untilAsserted(() -> assertThat(ids(token, "")).containsExactly(current));
        assertThat(ids(token, "?includeArchived=true")).containsExactlyInAnyOrder(old, current);
        JsonNode listed = list(token, "?includeArchived=true&q=OLD-SOAP").get(0);
        assertThat(listed.path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(item(token, old).path("status").asText()).isEqualTo("ARCHIVED");
        assertThat(ids(token, "?q=old")).isEmpty();

        assertProblem(sell(token, old, "1"), 409, "ITEM_ARCHIVED");
        assertProblem(api.post(ITEMS + "/" + old + "/stock-movements", token, body("kind", "RECEIVED", "quantity", "1")),
                409, "ITEM_ARCHIVED");
        assertProblem(api.patch(ITEMS + "/" + old, token, Map.of("name", "Revived Soap")), 409, "ITEM_ARCHIVED");
        assertProblem(api.post(ITEMS + "/" + old + "/archive", token, Map.of()), 409, "ITEM_ALREADY_ARCHIVED");
        assertThat(history(token, old).size()).as("its history stays").isEqualTo(1);
        assertThat(item(token, old).path("name").asText()).isEqualTo(packed("OLD-SOAP").get("name"));
        JsonNode valuation = api.get(VALUATION, token).body();
        assertThat(texts(valuation.path("items"), "id")).doesNotContain(old);
        assertThat(valuation.path("totalValue").asText()).isEqualTo("0.00");
    }

    // ---- valuation -------------------------------------------------------------------------------------------------

    @Test
    void stock_is_valued_at_the_latest_purchase_price_over_every_active_item() {
        Shop shop = signUp("Valuation Stores");
        String token = shop.accessToken();
        String atta = create(token, packed("ATTA-10KG"));
        String salt = create(token, packed("SALT-1KG"));
        String gone = create(token, packed("GONE-1KG"));
        record(token, atta, body("kind", "RECEIVED", "quantity", "10", "purchasePrice", "250.00"));
        record(token, atta, body("kind", "RECEIVED", "quantity", "5", "purchasePrice", "260.00"));
        record(token, salt, body("kind", "OPENING", "quantity", "4"));
        record(token, gone, body("kind", "RECEIVED", "quantity", "2", "purchasePrice", "100.00"));
        assertThat(api.post(ITEMS + "/" + gone + "/archive", token, Map.of()).status()).isEqualTo(200);

        await10().untilAsserted(() -> {
            JsonNode valuation = api.get(VALUATION, token).body();
            assertThat(valuation.path("totalValue").asText()).as(valuation.toString()).isEqualTo("3900.00");
            assertThat(valuation.path("itemCount").asLong()).isEqualTo(2);
            assertThat(valuation.path("unpricedItems").asLong()).isEqualTo(1);
        });
        JsonNode page = api.get(VALUATION + "?limit=1", token).body();
        JsonNode rest = api.get(VALUATION + "?limit=1&cursor=" + page.path("nextCursor").asText(), token).body();
        assertThat(rest.path("nextCursor").isMissingNode()).isTrue();
        List<JsonNode> lines = List.of(page.path("items").get(0), rest.path("items").get(0));
        assertThat(texts(page.path("items"), "id")).hasSize(1);
        assertThat(lines).extracting(l -> l.path("id").asText()).containsExactlyInAnyOrder(atta, salt);
        JsonNode attaLine = lines.stream().filter(l -> l.path("id").asText().equals(atta)).findFirst().orElseThrow();
        assertThat(attaLine.path("onHand").asText()).isEqualTo("15");
        assertThat(attaLine.path("purchasePrice").asText()).as("the latest purchase price").isEqualTo("260.00");
        assertThat(attaLine.path("value").asText()).isEqualTo("3900.00");
        JsonNode saltLine = lines.stream().filter(l -> l.path("id").asText().equals(salt)).findFirst().orElseThrow();
        assertThat(saltLine.path("onHand").asText()).isEqualTo("4");
        assertThat(saltLine.path("value").asText()).isEqualTo("0.00");
        assertProblem(api.get(VALUATION + "?limit=0", token), 400, "LIMIT_INVALID", "limit");
    }

    // ---- roles -----------------------------------------------------------------------------------------------------

    @Test
    void a_cashier_sells_and_receives_but_only_managers_shape_the_catalogue_and_count_stock() {
        Shop shop = signUp("Roles Stores");
        String owner = shop.accessToken();
        String cashier = addUser(shop, "CASHIER", uniquePhone());
        String accountant = addUser(shop, "ACCOUNTANT", uniquePhone());
        String manager = addUser(shop, "MANAGER", uniquePhone());
        String id = create(owner, packed("CHIPS-50G"));
        String base = ITEMS + "/" + id;

        assertThat(ids(cashier, "")).containsExactly(id);
        assertThat(api.get(base, cashier).status()).isEqualTo(200);
        assertThat(api.get(base + "/stock", cashier).status()).isEqualTo(200);
        assertThat(api.get(base + "/stock-movements", cashier).status()).isEqualTo(200);
        assertThat(api.get(SETTINGS, cashier).status()).isEqualTo(200);
        assertThat(record(cashier, id, body("kind", "RECEIVED", "quantity", "10", "purchasePrice", "8.00"))
                .path("balance").asText()).isEqualTo("10");
        assertThat(record(cashier, id, body("kind", "SALE", "quantity", "2")).path("balance").asText()).isEqualTo("8");
        assertThat(record(cashier, id, body("kind", "SALE_RETURN", "quantity", "1")).path("balance").asText())
                .isEqualTo("9");
        Api.Response patched = api.patch(base + "/stock", cashier, body("kind", "SALE", "quantity", "1"));
        assertThat(patched.status()).as(patched.toString()).isEqualTo(200);

        assertProblem(api.post(ITEMS, cashier, packed("CASHIER-ITEM")), 403, "FORBIDDEN");
        assertProblem(api.patch(base, cashier, Map.of("salePrice", "1.00")), 403, "FORBIDDEN");
        assertProblem(api.post(base + "/archive", cashier, Map.of()), 403, "FORBIDDEN");
        assertProblem(api.postBytes(ITEMS + "/import", cashier, "text/csv",
                "sku,name,hsn,gstRate,unit,salePrice\nX-1,X,1101,5,PCS,1.00\n".getBytes(StandardCharsets.UTF_8)),
                403, "FORBIDDEN");
        assertProblem(api.post(base + "/stock-movements", cashier, body("kind", "COUNT", "quantity", "100")),
                403, "FORBIDDEN");
        assertProblem(api.patch(base + "/stock", cashier, body("kind", "COUNT", "quantity", "100")), 403, "FORBIDDEN");
        assertProblem(api.post(base + "/stock-movements", cashier,
                body("kind", "WRITE_OFF", "quantity", "1", "note", "Ate it")), 403, "FORBIDDEN");
        assertProblem(api.post(base + "/stock-movements", cashier, body("kind", "OPENING", "quantity", "100")),
                403, "FORBIDDEN");
        assertProblem(api.post(base + "/stock-movements", cashier, body("kind", "SALE_REVERSED", "quantity", "1")),
                403, "FORBIDDEN");
        assertProblem(api.patch(SETTINGS, cashier, Map.of("strictStock", true)), 403, "FORBIDDEN");
        assertProblem(api.get(VALUATION, cashier), 403, "FORBIDDEN");

        Api.Response valuation = api.get(VALUATION, accountant);
        assertThat(valuation.status()).as(valuation.toString()).isEqualTo(200);
        assertProblem(api.post(ITEMS, accountant, packed("ACCOUNTANT-ITEM")), 403, "FORBIDDEN");
        assertProblem(api.post(base + "/stock-movements", accountant, body("kind", "SALE", "quantity", "1")),
                403, "FORBIDDEN");
        assertProblem(api.patch(SETTINGS, manager, Map.of("strictStock", true)), 403, "FORBIDDEN");
        assertThat(record(manager, id, body("kind", "COUNT", "quantity", "7", "note", "Recount")).path("change").asText())
                .isEqualTo("-1");
        assertThat(api.post(ITEMS, manager, packed("MANAGER-ITEM")).status()).isEqualTo(201);

        JsonNode history = awaitHistory(owner, id, 5);
        assertThat(texts(history, "kind")).as("nothing refused was recorded")
                .containsExactly("RECEIVED", "SALE", "SALE_RETURN", "SALE", "COUNT");
        assertThat(api.get(SETTINGS, owner).body().path("strictStock").asBoolean()).isFalse();
        assertThat(item(owner, id).path("salePrice").asText()).isEqualTo("285.00");
    }

    // ---- tenant isolation -------------------------------------------------------------------------------------------

    @Test
    void another_shops_item_does_not_exist_for_any_inventory_endpoint() {
        Shop a = signUp("Isolated Kirana A");
        Shop b = signUp("Isolated Kirana B");
        Map<String, Object> secret = packed("SECRET-SKU");
        secret.put("barcode", BARCODE);
        secret.put("minStock", "100");
        String id = create(a.accessToken(), secret);
        record(a.accessToken(), id, body("kind", "RECEIVED", "quantity", "10", "purchasePrice", "250.00"));
        awaitOnHand(a.accessToken(), id, "10");
        String itemBefore = item(a.accessToken(), id).toString();
        int eventsBefore = events(id).size();
        String base = ITEMS + "/" + id;
        String intruder = b.accessToken();

        assertProblem(api.get(base, intruder), 404, "ITEM_NOT_FOUND");
        assertProblem(api.patch(base, intruder, Map.of("name", "Hijacked", "salePrice", "1.00")), 404, "ITEM_NOT_FOUND");
        assertProblem(api.post(base + "/archive", intruder, Map.of()), 404, "ITEM_NOT_FOUND");
        assertProblem(api.post(base + "/stock-movements", intruder, body("kind", "SALE", "quantity", "1")),
                404, "ITEM_NOT_FOUND");
        assertProblem(api.post(base + "/stock-movements", intruder, body("kind", "COUNT", "quantity", "0")),
                404, "ITEM_NOT_FOUND");
        assertProblem(api.post(base + "/stock-movements", intruder,
                body("kind", "RECEIVED", "quantity", "1", "purchasePrice", "1.00")), 404, "ITEM_NOT_FOUND");
        assertProblem(api.get(base + "/stock-movements", intruder), 404, "ITEM_NOT_FOUND");
        assertProblem(api.patch(base + "/stock", intruder, body("kind", "SALE", "quantity", "1")), 404, "ITEM_NOT_FOUND");
        assertProblem(api.get(base + "/stock", intruder), 404, "ITEM_NOT_FOUND");
        assertProblem(api.get(base + "/stock?asOf=" + Instant.now(), intruder), 404, "ITEM_NOT_FOUND");
        // an id that exists nowhere is answered the same way
        String nowhere = ITEMS + "/" + UUID.randomUUID();
        assertProblem(api.get(nowhere, intruder), 404, "ITEM_NOT_FOUND");
        assertProblem(api.patch(nowhere, intruder, Map.of("name", "Ghost")), 404, "ITEM_NOT_FOUND");
        assertProblem(api.post(nowhere + "/archive", intruder, Map.of()), 404, "ITEM_NOT_FOUND");
        assertProblem(api.post(nowhere + "/stock-movements", intruder, body("kind", "SALE", "quantity", "1")),
                404, "ITEM_NOT_FOUND");
        assertProblem(api.get(nowhere + "/stock-movements", intruder), 404, "ITEM_NOT_FOUND");
        assertProblem(api.get(nowhere + "/stock", intruder), 404, "ITEM_NOT_FOUND");

        for (String query : List.of("", "?includeArchived=true", "?lowStock=true", "?q=SECRET", "?q=secret-sku",
                "?q=" + BARCODE, "?q=Aashirvaad")) {
            assertThat(api.get(ITEMS + query, intruder).body().path("items").toString())
                    .as(query).doesNotContain(id).doesNotContain("SECRET");
        }
        JsonNode valuation = api.get(VALUATION, intruder).body();
        assertThat(valuation.toString()).doesNotContain(id);
        assertThat(valuation.path("totalValue").asText()).isEqualTo("0.00");
        assertThat(valuation.path("itemCount").asLong()).isZero();
        // B may use the same SKU: it is a different item
        assertThat(api.post(ITEMS, intruder, secret).status()).isEqualTo(201);

        assertThat(events(id)).as("nothing reached A's item").hasSize(eventsBefore);
        assertThat(item(a.accessToken(), id).toString()).isEqualTo(itemBefore);
        assertThat(history(a.accessToken(), id).size()).isEqualTo(1);
        assertThat(ids(a.accessToken(), "")).containsExactly(id);

        for (Api.Response anonymous : List.of(api.get(ITEMS, null), api.get(base, null),
                api.post(ITEMS, null, packed("ANON")), api.patch(base, null, Map.of("name", "Anon")),
                api.post(base + "/archive", null, Map.of()),
                api.post(base + "/stock-movements", null, body("kind", "SALE", "quantity", "1")),
                api.patch(base + "/stock", null, body("kind", "SALE", "quantity", "1")),
                api.get(base + "/stock-movements", null), api.get(base + "/stock", null), api.get(VALUATION, null),
                api.get(SETTINGS, null), api.patch(SETTINGS, null, Map.of("strictStock", true)),
                api.postBytes(ITEMS + "/import", null, "text/csv", "sku\n".getBytes(StandardCharsets.UTF_8)))) {
            assertProblem(anonymous, 401, "UNAUTHENTICATED");
        }
        assertThat(events(id)).hasSize(eventsBefore);
    }

    // ---- lists -----------------------------------------------------------------------------------------------------

    @Test
    void the_catalogue_is_walked_a_page_at_a_time_and_searched_by_name_sku_or_barcode() {
        Shop shop = signUp("Paging Kirana");
        String token = shop.accessToken();
        List<String> created = new ArrayList<>();
        for (String sku : List.of("PAGE-1", "PAGE-2", "PAGE-3", "PAGE-4", "PAGE-5")) {
            created.add(create(token, packed(sku)));
        }
        Map<String, Object> tea = packed("TEA-250G");
        tea.put("name", "Tata Tea Gold");
        tea.put("barcode", BARCODE);
        created.add(create(token, tea));

        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = api.get(ITEMS + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body().path("items").size()).isLessThanOrEqualTo(2);
            seen.addAll(texts(page.body().path("items"), "id"));
            cursor = page.text("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(created);
        assertThat(seen).as("in catalogue order").isSorted();

        assertProblem(api.get(ITEMS + "?cursor=not*a*cursor", token), 400, "CURSOR_INVALID", "cursor");
        assertProblem(api.get(ITEMS + "?limit=0", token), 400, "LIMIT_INVALID", "limit");
        assertProblem(api.get(ITEMS + "?limit=201", token), 400, "LIMIT_INVALID", "limit");
        assertProblem(api.get(ITEMS + "?limit=two", token), 400, "INVALID_VALUE", "limit");

        assertThat(ids(token, "?q=tata")).containsExactly(created.get(5));
        assertThat(ids(token, "?q=GOLD")).containsExactly(created.get(5));
        assertThat(ids(token, "?q=tea-")).containsExactly(created.get(5));
        assertThat(ids(token, "?q=" + BARCODE)).containsExactly(created.get(5));
        assertThat(ids(token, "?q=" + BARCODE.substring(0, 8))).isEmpty();
        assertThat(ids(token, "?q=page")).hasSize(5);
        assertThat(ids(token, "?q=.*")).isEmpty();

        // an item's history pages the same way
        String id = created.get(0);
        for (int i = 0; i < 3; i++) {
            record(token, id, body("kind", "RECEIVED", "quantity", "1"));
        }
        awaitHistory(token, id, 3);
        Api.Response first = api.get(ITEMS + "/" + id + "/stock-movements?limit=2", token);
        assertThat(texts(first.body().path("movements"), "sequence")).containsExactly("1", "2");
        Api.Response second = api.get(ITEMS + "/" + id + "/stock-movements?limit=2&cursor=" + first.text("nextCursor"),
                token);
        assertThat(texts(second.body().path("movements"), "sequence")).containsExactly("3");
        assertThat(second.text("nextCursor")).isNull();
        assertProblem(api.get(ITEMS + "/" + id + "/stock-movements?limit=0", token), 400, "LIMIT_INVALID", "limit");
    }

    // ---- retries ---------------------------------------------------------------------------------------------------

    @Test
    void a_retried_item_creation_with_the_same_key_creates_one_item() {
        Shop shop = signUp("Retry Items Stores");
        String token = shop.accessToken();
        String key = UUID.randomUUID().toString();
        Api.Response first = api.post(ITEMS, token, packed("RETRY-SKU"), key);
        Api.Response retry = api.post(ITEMS, token, packed("RETRY-SKU"), key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(ids(token, "?includeArchived=true")).containsExactly(first.text("id"));
        assertProblem(api.post(ITEMS, token, packed("RETRY-SKU")), 409, "SKU_TAKEN");
        assertProblem(api.post(ITEMS, token, packed("OTHER-SKU"), key), 422, "IDEMPOTENCY_KEY_REUSED");

        // a retried movement is recorded once
        String movementKey = UUID.randomUUID().toString();
        String path = ITEMS + "/" + first.text("id") + "/stock-movements";
        Map<String, Object> received = body("kind", "RECEIVED", "quantity", "10");
        Api.Response once = api.post(path, token, received, movementKey);
        Api.Response again = api.post(path, token, received, movementKey);
        assertThat(once.status()).as(once.toString()).isEqualTo(201);
        assertThat(again.text("id")).isEqualTo(once.text("id"));
        awaitOnHand(token, first.text("id"), "10");
        assertThat(events(first.text("id")).stream().filter(e -> e instanceof StockMovementRecorded)).hasSize(1);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------------

    static Map<String, Object> packed(String sku) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("name", "Aashirvaad Atta 5 kg");
        item.put("hsn", "1101");
        item.put("gstRate", "5");
        item.put("unit", "PCS");
        item.put("salePrice", "285.00");
        item.put("mrp", "295.00");
        return item;
    }

    static Map<String, Object> loose(String sku) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("sku", sku);
        item.put("name", "Sugar (loose)");
        item.put("hsn", "1701");
        item.put("gstRate", "5");
        item.put("unit", "KG");
        item.put("salePrice", "46.00");
        item.put("minStock", "2.5");
        return item;
    }

    /** A JSON object from name-value pairs, in order. */
    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    static ConditionFactory await10() {
        return await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10));
    }

    private String create(String token, Map<String, Object> item) {
        Api.Response created = api.post(ITEMS, token, item);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private JsonNode record(String token, String itemId, Map<String, Object> movement) {
        Api.Response recorded = api.post(ITEMS + "/" + itemId + "/stock-movements", token, movement);
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        return recorded.body();
    }

    private Api.Response sell(String token, String itemId, String quantity) {
        return sell(token, itemId, quantity, null);
    }

    private Api.Response sell(String token, String itemId, String quantity, String unit) {
        return api.post(ITEMS + "/" + itemId + "/stock-movements", token,
                body("kind", "SALE", "quantity", quantity, "unit", unit));
    }

    private JsonNode item(String token, String itemId) {
        Api.Response item = api.get(ITEMS + "/" + itemId, token);
        assertThat(item.status()).as(item.toString()).isEqualTo(200);
        return item.body();
    }

    private JsonNode list(String token, String query) {
        Api.Response list = api.get(ITEMS + query, token);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.body().path("items");
    }

    private List<String> ids(String token, String query) {
        return texts(list(token, query), "id");
    }

    private JsonNode history(String token, String itemId) {
        Api.Response history = api.get(ITEMS + "/" + itemId + "/stock-movements?limit=200", token);
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        return history.body().path("movements");
    }

    private JsonNode awaitHistory(String token, String itemId, int size) {
        await10().until(() -> history(token, itemId).size() >= size);
        JsonNode history = history(token, itemId);
        assertThat(history.size()).as(history.toString()).isEqualTo(size);
        return history;
    }

    private void awaitOnHand(String token, String itemId, String onHand) {
        await10().untilAsserted(() -> assertThat(item(token, itemId).path("onHand").asText()).isEqualTo(onHand));
    }

    /** The payloads of an aggregate's events as stored, oldest first (not starting from a snapshot). */
    private List<Object> events(String aggregateId) {
        return eventStore.readEvents(aggregateId, 0).asStream().map(Message::getPayload).map(p -> (Object) p).toList();
    }

    private List<Api.Response> concurrently(int racers, IntFunction<Api.Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(racers);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Api.Response>> futures = new ArrayList<>();
            for (int i = 0; i < racers; i++) {
                int n = i;
                futures.add(pool.submit(() -> {
                    start.await();
                    return call.apply(n);
                }));
            }
            start.countDown();
            List<Api.Response> responses = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                responses.add(future.get(30, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    private static Instant recordedAt(JsonNode movement) {
        return Instant.parse(movement.path("recordedAt").asText());
    }

    private static String notFoundCode(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof NotFound notFound) {
                return notFound.code();
            }
        }
        return null;
    }

    private static String conflictCode(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StateConflict conflict) {
                return conflict.code();
            }
        }
        return null;
    }
}
