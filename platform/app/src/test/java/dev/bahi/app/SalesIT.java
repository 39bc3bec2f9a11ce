package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Counter sales over real HTTP: GST worked out per line as in the facts document's worked examples, bills of
 * supply, stock issued with the sale or not at all, bad input refused with its field, cancelling, listing and
 * retries.
 */
class SalesIT extends SalesEndToEndTest {

    // ---- GST, the worked examples ----------------------------------------------------------------------------------

    @Test
    void worked_example_a_a_tax_inclusive_cash_sale_splits_cgst_and_sgst_and_issues_the_stock() {
        Shop shop = signUp("Example A Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        LocalDate before = today();

        JsonNode sale = recordSale(token, cashSale(atta, "2"));
        String id = sale.path("id").asText();
        assertThat(sale.path("status").asText()).isEqualTo("RECORDED");
        assertThat(sale.path("documentType").asText()).isEqualTo("TAX_INVOICE");
        assertThat(sale.path("supplyType").asText()).isEqualTo("INTRA_STATE");
        assertThat(sale.path("placeOfSupply").asText()).isEqualTo("27");
        assertThat(sale.path("businessDate").asText()).isIn(before.toString(), today().toString());
        JsonNode line = sale.path("lines").get(0);
        assertThat(sale.path("lines").size()).isEqualTo(1);
        assertThat(line.path("itemId").asText()).isEqualTo(atta);
        assertThat(line.path("hsn").asText()).isEqualTo("1101");
        assertThat(line.path("quantity").asText()).isEqualTo("2");
        assertThat(line.path("unitPrice").asText()).isEqualTo("285.00");
        assertThat(line.path("discount").asText()).isEqualTo("0.00");
        assertThat(line.path("taxableValue").asText()).isEqualTo("542.86");
        assertThat(line.path("gstRate").asText()).isEqualTo("5");
        assertThat(line.path("cgst").asText()).isEqualTo("13.57");
        assertThat(line.path("sgst").asText()).isEqualTo("13.57");
        assertThat(line.path("igst").asText()).isEqualTo("0.00");
        assertThat(line.path("total").asText()).isEqualTo("570.00");
        JsonNode totals = sale.path("totals");
        assertThat(totals.path("taxableValue").asText()).isEqualTo("542.86");
        assertThat(totals.path("cgst").asText()).isEqualTo("13.57");
        assertThat(totals.path("sgst").asText()).isEqualTo("13.57");
        assertThat(totals.path("igst").asText()).isEqualTo("0.00");
        assertThat(totals.path("roundOff").asText()).isEqualTo("0.00");
        assertThat(totals.path("grandTotal").asText()).isEqualTo("570.00");
        assertThat(sale.path("paid").asText()).isEqualTo("570.00");
        assertThat(sale.path("due").asText()).isEqualTo("0.00");

        awaitOnHand(token, atta, "8");
        JsonNode history = awaitHistorySize(token, atta, 2);
        assertThat(texts(history, "kind")).containsExactly("RECEIVED", "SALE");
        assertThat(history.get(1).path("change").asText()).isEqualTo("-2");
        assertThat(history.get(1).path("reference").asText()).contains(id);

        JsonNode read = awaitSale(token, id);
        assertThat(read.path("totals")).isEqualTo(totals);
        assertThat(read.path("lines")).isEqualTo(sale.path("lines"));
        assertThat(read.path("status").asText()).isEqualTo("RECORDED");

        // the odd paisa of an inclusive price goes to SGST: ₹99 at 5% → taxable 94.29, CGST 2.35, SGST 2.36
        Map<String, Object> biscuits = item("BISCUIT-99", "Biscuits family pack", "1905", "5", "99.00", true);
        JsonNode odd = recordSale(token, cashSale(createItem(token, biscuits), "1")).path("lines").get(0);
        assertThat(odd.path("taxableValue").asText()).isEqualTo("94.29");
        assertThat(odd.path("cgst").asText()).isEqualTo("2.35");
        assertThat(odd.path("sgst").asText()).isEqualTo("2.36");
        assertThat(odd.path("total").asText()).isEqualTo("99.00");
    }

    @Test
    void worked_example_b_an_inter_state_b2b_sale_of_tax_exclusive_goods_charges_igst_and_rounds_to_the_rupee() {
        Shop shop = karnatakaShop("Example B Furnishers", "REGULAR");
        String token = shop.accessToken();
        String chair = createItem(token, item("CHAIR-ERGO", "Office chair", "9401", "18", "450.00", false));
        String heater = createItem(token, item("HEATER-2KW", "Room heater 2 kW", "8516", "18", "1249.00", false));
        Map<String, Object> sale = sale(List.of(line(chair, "10", "450.00", "225.00"),
                line(heater, "4", "1249.00", "100.00")), "SPLIT");
        sale.put("customer", Map.of("name", "Chennai Healthcare LLP", "gstin", TAMIL_NADU_GSTIN,
                "address", "12 Anna Salai, Chennai 600002"));
        sale.put("payment", Map.of("mode", "SPLIT", "parts", List.of(Map.of("mode", "UPI", "amount", "5000.00"),
                Map.of("mode", "CARD", "amount", "5822.00"))));

        JsonNode recorded = recordSale(token, sale);
        assertThat(recorded.path("documentType").asText()).isEqualTo("TAX_INVOICE");
        assertThat(recorded.path("supplyType").asText()).isEqualTo("INTER_STATE");
        assertThat(recorded.path("placeOfSupply").asText()).as("the registered buyer's state").isEqualTo("33");
        assertThat(recorded.path("placeOfSupplyName").asText()).isEqualTo("Tamil Nadu");
        assertThat(recorded.path("customer").path("gstin").asText()).isEqualTo(TAMIL_NADU_GSTIN);
        JsonNode lines = recorded.path("lines");
        assertThat(texts(lines, "discount")).containsExactly("225.00", "100.00");
        assertThat(texts(lines, "taxableValue")).containsExactly("4275.00", "4896.00");
        assertThat(texts(lines, "gstRate")).containsExactly("18", "18");
        assertThat(texts(lines, "igst")).containsExactly("769.50", "881.28");
        assertThat(texts(lines, "cgst")).containsExactly("0.00", "0.00");
        assertThat(texts(lines, "sgst")).containsExactly("0.00", "0.00");
        assertThat(texts(lines, "total")).containsExactly("5044.50", "5777.28");
        JsonNode totals = recorded.path("totals");
        assertThat(totals.path("discount").asText()).isEqualTo("325.00");
        assertThat(totals.path("taxableValue").asText()).isEqualTo("9171.00");
        assertThat(totals.path("igst").asText()).isEqualTo("1650.78");
        assertThat(totals.path("cgst").asText()).isEqualTo("0.00");
        assertThat(totals.path("sgst").asText()).isEqualTo("0.00");
        assertThat(totals.path("beforeRoundOff").asText()).isEqualTo("10821.78");
        assertThat(totals.path("roundOff").asText()).isEqualTo("0.22");
        assertThat(totals.path("grandTotal").asText()).isEqualTo("10822.00");
        assertThat(recorded.path("paid").asText()).isEqualTo("10822.00");
        assertThat(recorded.path("due").asText()).isEqualTo("0.00");
        assertThat(texts(recorded.path("payment").path("parts"), "mode")).containsExactly("UPI", "CARD");
    }

    @Test
    void worked_example_c_a_total_ending_in_fifty_paise_rounds_up_and_one_below_rounds_down() {
        Shop shop = signUp("Example C Kirana");
        String token = shop.accessToken();
        String taxed = createItem(token, item("GHEE-100ML", "Ghee 100 ml", "0405", "5", "150.00", false));
        String exempt = createItem(token, item("DAL-LOOSE", "Toor dal", "0713", "0", "62.00", true));

        JsonNode up = recordSale(token, sale(List.of(line(taxed, "1"), line(exempt, "1")), "CASH"));
        assertThat(texts(up.path("lines"), "taxableValue")).containsExactly("150.00", "62.00");
        assertThat(texts(up.path("lines"), "cgst")).containsExactly("3.75", "0.00");
        assertThat(texts(up.path("lines"), "sgst")).containsExactly("3.75", "0.00");
        assertThat(up.path("totals").path("beforeRoundOff").asText()).isEqualTo("219.50");
        assertThat(up.path("totals").path("roundOff").asText()).isEqualTo("0.50");
        assertThat(up.path("totals").path("grandTotal").asText()).isEqualTo("220.00");
        assertThat(up.path("paid").asText()).isEqualTo("220.00");

        JsonNode down = recordSale(token, sale(List.of(line(taxed, "1"), line(exempt, "1", "61.99", null)), "CASH"));
        assertThat(down.path("totals").path("beforeRoundOff").asText()).isEqualTo("219.49");
        assertThat(down.path("totals").path("roundOff").asText()).isEqualTo("-0.49");
        assertThat(down.path("totals").path("grandTotal").asText()).isEqualTo("219.00");
    }

    // ---- bills of supply -----------------------------------------------------------------------------------------

    @Test
    void a_composition_shop_issues_a_bill_of_supply_without_tax_and_may_not_sell_to_another_state() {
        Shop shop = karnatakaShop("Composition Kirana", "COMPOSITION");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));

        JsonNode sale = recordSale(token, cashSale(atta, "2"));
        assertThat(sale.path("documentType").asText()).isEqualTo("BILL_OF_SUPPLY");
        assertThat(sale.path("supplyType").asText()).isEqualTo("INTRA_STATE");
        assertThat(sale.path("placeOfSupply").asText()).isEqualTo("29");
        JsonNode line = sale.path("lines").get(0);
        assertThat(line.path("taxableValue").asText()).as("no tax is taken out of the price").isEqualTo("570.00");
        assertThat(line.path("gstRate").asText()).isEqualTo("0");
        for (String tax : List.of("cgst", "sgst", "igst", "cess")) {
            assertThat(line.path(tax).asText()).as(tax).isEqualTo("0.00");
            assertThat(sale.path("totals").path(tax).asText()).as(tax).isEqualTo("0.00");
        }
        assertThat(sale.path("totals").path("grandTotal").asText()).isEqualTo("570.00");
        assertThat(sale.path("totals").path("roundOff").asText()).isEqualTo("0.00");

        Map<String, Object> toMaharashtra = cashSale(atta, "1");
        toMaharashtra.put("placeOfSupply", "27");
        assertProblem(api.post(SALES, token, toMaharashtra), 400, "INTER_STATE_NOT_ALLOWED", "placeOfSupply");
        Map<String, Object> toTamilNadu = cashSale(atta, "1");
        toTamilNadu.put("customer", Map.of("name", "Chennai Healthcare LLP", "gstin", TAMIL_NADU_GSTIN));
        assertProblem(api.post(SALES, token, toTamilNadu), 400, "INTER_STATE_NOT_ALLOWED", "placeOfSupply");

        JsonNode invoice = invoice(token, sale.path("id").asText());
        assertThat(invoice.path("documentType").asText()).isEqualTo("BILL_OF_SUPPLY");
        assertThat(invoice.path("invoiceNumber").asText()).isEqualTo("INV/" + shortYear(today()) + "/000001");
        // the refused sales left nothing behind: the stock moved once, for the one sale
        assertThat(movementCount(atta)).as("one SALE movement").isEqualTo(1);
        awaitOnHand(token, atta, "-2");
        await10().until(() -> !listedIds(token).isEmpty());
        assertThat(listedIds(token)).containsExactly(sale.path("id").asText());
    }

    // ---- stock goes with the sale ----------------------------------------------------------------------------------

    @Test
    void a_strict_shop_refuses_a_sale_with_a_short_line_and_the_lines_issued_before_it_leave_no_trace() {
        Shop shop = signUp("Atomic Stores");
        String token = shop.accessToken();
        strictStock(shop);
        String a = createItem(token, atta("ATOM-A"));
        String b = createItem(token, atta("ATOM-B"));
        // stock is issued in item-id order: the first line's item is issued first, then the short one fails
        String first = a.compareTo(b) < 0 ? a : b;
        String second = first.equals(a) ? b : a;
        receive(token, first, "10");
        receive(token, second, "1");
        awaitOnHand(token, first, "10");
        awaitOnHand(token, second, "1");
        String firstHistory = history(token, first).toString();
        int firstEvents = eventCount(first);
        int secondEvents = eventCount(second);

        Api.Response refused = api.post(SALES, token, sale(List.of(line(first, "2"), line(second, "3")), "CASH"));
        assertProblem(refused, 409, "INSUFFICIENT_STOCK");
        assertThat(eventCount(first)).as("the first line's issue was rolled back").isEqualTo(firstEvents);
        assertThat(eventCount(second)).isEqualTo(secondEvents);
        assertThat(history(token, first).toString()).isEqualTo(firstHistory);
        assertThat(onHand(token, first)).isEqualTo("10");
        assertThat(onHand(token, second)).isEqualTo("1");

        // a sale that fits goes through; behind it, the list and the history show only that sale
        String fits = recordSale(token, sale(List.of(line(first, "2"), line(second, "1")), "CASH")).path("id").asText();
        awaitOnHand(token, first, "8");
        awaitOnHand(token, second, "0");
        assertThat(awaitKinds(token, first, 2)).containsExactly("RECEIVED", "SALE");
        assertThat(awaitKinds(token, second, 2)).containsExactly("RECEIVED", "SALE");
        await10().until(() -> !listedIds(token).isEmpty());
        assertThat(listedIds(token)).containsExactly(fits);
    }

    // ---- bad input -------------------------------------------------------------------------------------------------

    @Test
    void bad_input_is_refused_with_its_code_and_field_and_records_nothing() {
        Shop shop = signUp("Careful Kirana");
        Shop other = signUp("Other Careful Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        String theirs = createItem(other.accessToken(), atta("ATTA-5KG"));
        receive(token, atta, "10");
        int attaEvents = eventCount(atta);
        int theirEvents = eventCount(theirs);

        List<Object[]> cases = new ArrayList<>();
        cases.add(new Object[] {cashSale(UUID.randomUUID().toString(), "1"), "ITEM_NOT_FOUND", "lines[0].itemId"});
        cases.add(new Object[] {cashSale(theirs, "1"), "ITEM_NOT_FOUND", "lines[0].itemId"});
        cases.add(new Object[] {sale(List.of(line(atta, "1"), line(theirs, "1")), "CASH"), "ITEM_NOT_FOUND",
                "lines[1].itemId"});
        cases.add(new Object[] {cashSale(atta, "0"), "QUANTITY_NOT_POSITIVE", "lines[0].quantity"});
        cases.add(new Object[] {cashSale(atta, "-1"), "QUANTITY_NOT_POSITIVE", "lines[0].quantity"});
        cases.add(new Object[] {cashSale(atta, "two"), "QUANTITY_INVALID", "lines[0].quantity"});
        cases.add(new Object[] {cashSale(atta, null), "QUANTITY_REQUIRED", "lines[0].quantity"});
        cases.add(new Object[] {sale(List.of(line(atta, "2", null, "570.01")), "CASH"), "DISCOUNT_TOO_LARGE",
                "lines[0].discount"});
        cases.add(new Object[] {sale(List.of(line(atta, "1", "28.505", null)), "CASH"), "AMOUNT_INVALID",
                "lines[0].unitPrice"});
        Map<String, Object> split = cashSale(atta, "2");
        split.put("payment", Map.of("mode", "SPLIT", "parts", List.of(Map.of("mode", "CASH", "amount", "300.00"),
                Map.of("mode", "UPI", "amount", "269.00"))));
        cases.add(new Object[] {split, "PAYMENT_PARTS_MISMATCH", "payment.parts"});
        cases.add(new Object[] {sale(List.of(line(atta, "1")), "CREDIT"), "CUSTOMER_REQUIRED", "customer.customerId"});
        Map<String, Object> badGstin = cashSale(atta, "1");
        badGstin.put("customer", Map.of("name", "Patil Healthcare LLP", "gstin", "27AAPFU0939F1ZW"));
        cases.add(new Object[] {badGstin, "GSTIN_INVALID", "customer.gstin"});
        cases.add(new Object[] {sale(List.of(line(atta, "1")), "BARTER"), "PAYMENT_MODE_INVALID", "payment.mode"});
        Map<String, Object> noPayment = cashSale(atta, "1");
        noPayment.remove("payment");
        cases.add(new Object[] {noPayment, "PAYMENT_MODE_REQUIRED", "payment.mode"});
        Map<String, Object> unknownField = cashSale(atta, "1");
        unknownField.put("grandTotal", "1.00");
        cases.add(new Object[] {unknownField, "UNKNOWN_FIELD", "grandTotal"});
        Map<String, Object> unknownLineField = new LinkedHashMap<>(line(atta, "1"));
        unknownLineField.put("taxableValue", "1.00");
        cases.add(new Object[] {sale(List.of(unknownLineField), "CASH"), "UNKNOWN_FIELD", "lines[0].taxableValue"});
        cases.add(new Object[] {sale(List.of(), "CASH"), "LINES_REQUIRED", "lines"});
        Map<String, Object> badState = cashSale(atta, "1");
        badState.put("placeOfSupply", "99");
        cases.add(new Object[] {badState, "PLACE_OF_SUPPLY_INVALID", "placeOfSupply"});

        for (Object[] c : cases) {
            assertProblem(api.post(SALES, token, c[0]), 400, (String) c[1], (String) c[2]);
        }
        assertProblem(api.postRaw(SALES, token, "{\"lines\": ["), 400, "MALFORMED_JSON");
        assertThat(eventCount(atta)).as("no refused sale moved stock").isEqualTo(attaEvents);
        assertThat(eventCount(theirs)).as("nor the other shop's").isEqualTo(theirEvents);

        // behind one good sale, the list and the history show nothing of the refused ones
        String good = recordCashSale(token, atta, "1");
        awaitOnHand(token, atta, "9");
        assertThat(awaitKinds(token, atta, 2)).containsExactly("RECEIVED", "SALE");
        await10().until(() -> !listedIds(token).isEmpty());
        assertThat(listedIds(token)).containsExactly(good);
        assertThat(listedIds(other.accessToken())).isEmpty();
        assertThat(onHand(other.accessToken(), theirs)).isEqualTo("0");
    }

    // ---- cancelling ------------------------------------------------------------------------------------------------

    @Test
    void the_owner_cancels_a_sale_before_its_invoice_and_its_stock_comes_back() {
        Shop shop = signUp("Cancelling Kirana");
        String owner = shop.accessToken();
        String cashier = addUser(shop, "CASHIER", uniquePhone());
        String atta = createItem(owner, atta("ATTA-5KG"));
        receive(owner, atta, "10");
        String saleId = recordCashSale(cashier, atta, "3");
        awaitOnHand(owner, atta, "7");

        assertProblem(api.post(SALES + "/" + saleId + "/cancel", cashier, Map.of("reason", "Mistake")), 403, "FORBIDDEN");
        assertProblem(api.post(SALES + "/" + saleId + "/cancel", owner, Map.of()), 400, "REASON_REQUIRED", "reason");
        assertThat(eventCount(saleId)).as("refused cancellations left the sale as it was").isEqualTo(1);

        Api.Response cancelled = api.post(SALES + "/" + saleId + "/cancel", owner,
                Map.of("reason", "Customer changed their mind"));
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.text("status")).isEqualTo("CANCELLED");
        assertThat(cancelled.text("cancelReason")).isEqualTo("Customer changed their mind");
        awaitOnHand(owner, atta, "10");
        JsonNode history = awaitHistorySize(owner, atta, 3);
        assertThat(texts(history, "kind")).containsExactly("RECEIVED", "SALE", "SALE_REVERSED");
        assertThat(texts(history, "change")).containsExactly("10", "-3", "3");
        assertThat(history.get(2).path("reference").asText()).contains(saleId);
        assertThat(awaitSale(owner, saleId, s -> s.path("status").asText().equals("CANCELLED"))
                .path("cancelReason").asText()).isEqualTo("Customer changed their mind");

        assertProblem(api.post(SALES + "/" + saleId + "/cancel", owner, Map.of("reason", "Again")), 409,
                "SALE_ALREADY_CANCELLED");
        assertProblem(issueInvoice(owner, saleId), 409, "SALE_CANCELLED");
        assertThat(movementCount(atta)).as("RECEIVED, SALE, and the stock came back once").isEqualTo(3);

        // once invoiced, a sale is not cancelled: goods come back by a credit note
        String invoiced = recordCashSale(owner, atta, "1");
        invoice(owner, invoiced);
        assertProblem(api.post(SALES + "/" + invoiced + "/cancel", owner, Map.of("reason", "Too late")), 409,
                "SALE_INVOICED");
        awaitOnHand(owner, atta, "9");
        assertThat(awaitSale(owner, invoiced, s -> s.path("invoice").isObject()).path("status").asText())
                .isEqualTo("INVOICED");
        assertThat(awaitKinds(owner, atta, 4)).containsExactly("RECEIVED", "SALE", "SALE_REVERSED", "SALE");
    }

    // ---- listing and retries ----------------------------------------------------------------------------------------

    @Test
    void sales_are_listed_in_the_order_made_filtered_by_business_date_and_paged() {
        Shop shop = signUp("Listing Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        List<String> made = new ArrayList<>();
        LocalDate before = today();
        for (int i = 1; i <= 5; i++) {
            made.add(recordCashSale(token, atta, String.valueOf(i)));
        }
        LocalDate after = today();
        await10().until(() -> listedIds(token).size() == 5);
        assertThat(listedIds(token)).containsExactlyElementsOf(made);

        List<String> paged = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            Api.Response page = api.get(SALES + "?limit=2" + (cursor == null ? "" : "&cursor=" + cursor), token);
            assertThat(page.status()).as(page.toString()).isEqualTo(200);
            assertThat(page.body().path("sales").size()).isBetween(1, 2);
            paged.addAll(texts(page.body().path("sales"), "id"));
            cursor = page.text("nextCursor");
            pages++;
        } while (cursor != null && pages < 10);
        assertThat(pages).isEqualTo(3);
        assertThat(paged).containsExactlyElementsOf(made);

        // business dates are the shop's (Asia/Kolkata): today holds every sale, the days around it none
        assertThat(texts(listAll(token, "from=" + before + "&to=" + after), "id")).containsExactlyElementsOf(made);
        assertThat(texts(listAll(token, "from=" + before), "id")).containsExactlyElementsOf(made);
        assertThat(texts(listAll(token, "to=" + after), "id")).containsExactlyElementsOf(made);
        assertThat(listAll(token, "from=" + after.plusDays(1))).isEmpty();
        assertThat(listAll(token, "to=" + before.minusDays(1))).isEmpty();
        assertThat(listAll(token, "from=" + before.minusDays(30) + "&to=" + before.minusDays(1))).isEmpty();
        assertProblem(api.get(SALES + "?from=2026-13-01", token), 400, "DATE_INVALID", "from");
        assertProblem(api.get(SALES + "?to=yesterday", token), 400, "DATE_INVALID", "to");
        assertProblem(api.get(SALES + "?from=" + after + "&to=" + after.minusDays(1), token), 400,
                "DATE_RANGE_INVALID", "from");
        assertProblem(api.get(SALES + "?limit=0", token), 400, "LIMIT_INVALID", "limit");
        assertProblem(api.get(SALES + "?cursor=not*a*cursor", token), 400, "CURSOR_INVALID", "cursor");
        assertProblem(api.get(SALES, null), 401, "UNAUTHENTICATED");
    }

    @Test
    void a_retried_sale_with_the_same_idempotency_key_is_recorded_once_and_issues_its_stock_once() {
        Shop shop = signUp("Retry Sales Kirana");
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        int movementsBefore = movementCount(atta);
        String key = UUID.randomUUID().toString();

        Api.Response first = api.post(SALES, token, cashSale(atta, "2"), key);
        Api.Response retry = api.post(SALES, token, cashSale(atta, "2"), key);
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(retry.status()).as(retry.toString()).isEqualTo(201);
        assertThat(retry.text("id")).isEqualTo(first.text("id"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.body().path("totals")).isEqualTo(first.body().path("totals"));
        assertThat(movementCount(atta)).as("one SALE movement").isEqualTo(movementsBefore + 1);
        assertProblem(api.post(SALES, token, cashSale(atta, "3"), key), 422, "IDEMPOTENCY_KEY_REUSED");

        awaitOnHand(token, atta, "8");
        assertThat(awaitKinds(token, atta, 2)).containsExactly("RECEIVED", "SALE");
        await10().until(() -> !listedIds(token).isEmpty());
        assertThat(listedIds(token)).containsExactly(first.text("id"));
        assertThat(movementCount(atta)).isEqualTo(movementsBefore + 1);
    }
}
