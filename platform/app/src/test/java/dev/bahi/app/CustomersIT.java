package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bahi.platform.kernel.StateConflict;
import dev.bahi.sales.api.ChargeCreditSale;
import dev.bahi.sales.api.CreditReturn;
import dev.bahi.sales.api.RecordRepayment;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
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

/** Customers and their udhaar khata over real HTTP: phones, changes, adjustments, the ledger, roles and isolation. */
class CustomersIT extends EndToEndTest {
    static final String CUSTOMERS = "/api/v1/customers";
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Kolkata");
    static final String MEENA_PHONE = "+919822012345";

    @Autowired
    EventStore eventStore;

    @Autowired
    CommandGateway commands;

    // ---- one customer -------------------------------------------------------------------------------------------

    @Test
    void a_customer_is_added_with_a_normalised_phone_read_found_and_changed() {
        Shop shop = signUp("Khata Kirana");
        String token = shop.accessToken();
        Api.Response created = api.post(CUSTOMERS, token, body("name", "Meena Patil", "phone", "98220 12345",
                "creditLimit", "5000.00", "address", "Flat 4, Shivaji Nagar, Pune"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(created.header("Location")).endsWith(CUSTOMERS + "/" + id);
        assertThat(created.text("name")).isEqualTo("Meena Patil");
        assertThat(created.text("phone")).isEqualTo(MEENA_PHONE);
        assertThat(created.text("creditLimit")).isEqualTo("5000.00");
        assertThat(created.text("balance")).isEqualTo("0.00");
        assertThat(created.text("gstin")).isNull();
        assertThat(created.text("address")).isEqualTo("Flat 4, Shivaji Nagar, Pune");
        assertThat(created.body().path("remindersOptOut").asBoolean()).isFalse();
        assertThat(created.text("openedAt")).isNotNull();

        Api.Response read = api.get(CUSTOMERS + "/" + id, token);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(created.body());

        assertThat(ids(token, "?q=MEENA")).containsExactly(id);
        assertThat(ids(token, "?q=98220")).containsExactly(id);
        assertThat(ids(token, "?q=%2B91%2098220%2012345")).containsExactly(id);
        assertThat(ids(token, "?q=patel")).isEmpty();
        assertThat(ids(token, "")).containsExactly(id);

        Api.Response changed = api.patch(CUSTOMERS + "/" + id, token, body("gstin", MAHARASHTRA_GSTIN,
                "creditLimit", "", "remindersOptOut", true));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.text("gstin")).isEqualTo(MAHARASHTRA_GSTIN);
        assertThat(changed.text("stateCode")).as("a GSTIN brings its state").isEqualTo("27");
        assertThat(changed.text("creditLimit")).as("an empty string removes the limit").isNull();
        assertThat(changed.body().path("remindersOptOut").asBoolean()).isTrue();
        assertThat(changed.text("name")).as("fields left out stay").isEqualTo("Meena Patil");
        assertThat(changed.text("phone")).isEqualTo(MEENA_PHONE);
        assertThat(changed.text("address")).isEqualTo("Flat 4, Shivaji Nagar, Pune");
        assertThat(customer(token, id).path("gstin").asText()).as("the change is read back").isEqualTo(MAHARASHTRA_GSTIN);

        Api.Response cleared = api.patch(CUSTOMERS + "/" + id, token, body("address", "", "gstin", ""));
        assertThat(cleared.status()).as(cleared.toString()).isEqualTo(200);
        assertThat(cleared.text("address")).isNull();
        assertThat(cleared.text("gstin")).isNull();

        assertProblem(api.patch(CUSTOMERS + "/" + id, token, body("openingBalance", "100.00")), 400,
                "OPENING_BALANCE_IMMUTABLE", "openingBalance");
        assertProblem(api.patch(CUSTOMERS + "/" + id, token, body("name", " ")), 400, "NAME_REQUIRED", "name");
        assertProblem(api.patch(CUSTOMERS + "/" + id, token, body("gstin", MAHARASHTRA_GSTIN, "stateCode", "29")), 400,
                "GSTIN_STATE_MISMATCH", "gstin");
        assertProblem(api.patch(CUSTOMERS + "/" + id, token, body("balance", "0.00")), 400, "UNKNOWN_FIELD", "balance");
        assertThat(customer(token, id).path("name").asText()).isEqualTo("Meena Patil");
    }

    @Test
    void a_new_phone_is_claimed_and_the_old_one_given_back() {
        Shop shop = signUp("Phone Change Stores");
        String token = shop.accessToken();
        String meena = create(token, body("name", "Meena Patil", "phone", MEENA_PHONE));
        String ravi = create(token, body("name", "Ravi Sharma", "phone", "9812345678"));

        assertProblem(api.patch(CUSTOMERS + "/" + ravi, token, body("phone", "098220 12345")), 409, "PHONE_TAKEN");
        assertThat(customer(token, ravi).path("phone").asText()).isEqualTo("+919812345678");

        Api.Response moved = api.patch(CUSTOMERS + "/" + meena, token, body("phone", "+91 98220 99999"));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        assertThat(moved.text("phone")).isEqualTo("+919822099999");
        assertThat(ids(token, "?q=99999")).containsExactly(meena);

        assertProblem(api.post(CUSTOMERS, token, body("name", "Copy", "phone", "9822099999")), 409, "PHONE_TAKEN");
        String newcomer = create(token, body("name", "Anjali Kulkarni", "phone", "9822012345"));
        assertThat(customer(token, newcomer).path("phone").asText()).as("the old number is free again")
                .isEqualTo(MEENA_PHONE);
        // the same number again is no change, and keeps the customer's claim
        Api.Response same = api.patch(CUSTOMERS + "/" + meena, token, body("phone", "9822099999"));
        assertThat(same.status()).as(same.toString()).isEqualTo(200);
        assertProblem(api.post(CUSTOMERS, token, body("name", "Copy", "phone", "+919822099999")), 409, "PHONE_TAKEN");
    }

    @Test
    void a_phone_is_unique_within_a_shop_however_typed_but_free_in_another_shop() {
        Shop shop = signUp("Unique Phone Stores");
        Shop other = signUp("Other Phone Stores");
        String first = create(shop.accessToken(), body("name", "Meena Patil", "phone", "9822012345"));

        for (String typed : List.of("+919822012345", "09822012345", "+91-98220-12345", "919822012345")) {
            assertProblem(api.post(CUSTOMERS, shop.accessToken(), body("name", "Meena Again", "phone", typed)), 409,
                    "PHONE_TAKEN");
        }
        Api.Response elsewhere = api.post(CUSTOMERS, other.accessToken(), body("name", "Meena P", "phone", MEENA_PHONE));
        assertThat(elsewhere.status()).as(elsewhere.toString()).isEqualTo(201);
        assertThat(ids(shop.accessToken(), "")).containsExactly(first);
        assertThat(ids(other.accessToken(), "")).containsExactly(elsewhere.text("id"));
    }

    @Test
    void concurrent_creations_with_one_phone_leave_exactly_one_customer() throws Exception {
        Shop shop = signUp("Phone Race Stores");
        List<Api.Response> responses = concurrently(8, i -> api.post(CUSTOMERS, shop.accessToken(),
                body("name", "Racer " + i, "phone", i % 2 == 0 ? "9822012345" : "+91 98220 12345")));
        List<Api.Response> created = responses.stream().filter(r -> r.status() == 201).toList();
        assertThat(created).as(responses.toString()).hasSize(1);
        responses.stream().filter(r -> r.status() != 201).forEach(r -> assertProblem(r, 409, "PHONE_TAKEN"));
        String winner = created.get(0).text("id");
        await10().untilAsserted(() -> assertThat(ids(shop.accessToken(), "")).containsExactly(winner));
    }

    // ---- the khata ----------------------------------------------------------------------------------------------

    @Test
    void an_opening_balance_is_the_first_khata_entry_dated_the_shops_business_date() {
        Shop shop = signUp("Paper Bahi Stores");
        String token = shop.accessToken();
        String before = LocalDate.now(SHOP_ZONE).toString();
        Api.Response owes = api.post(CUSTOMERS, token, body("name", "Meena Patil", "phone", MEENA_PHONE,
                "openingBalance", "1250.00"));
        Api.Response advance = api.post(CUSTOMERS, token, body("name", "Ravi Sharma", "phone", "9812345678",
                "openingBalance", "-200.50"));
        String after = LocalDate.now(SHOP_ZONE).toString();
        assertThat(owes.status()).as(owes.toString()).isEqualTo(201);
        assertThat(owes.text("balance")).isEqualTo("1250.00");
        assertThat(advance.status()).as(advance.toString()).isEqualTo(201);
        assertThat(advance.text("balance")).as("an advance is owed back").isEqualTo("-200.50");

        JsonNode ledger = ledger(token, owes.text("id"), "");
        assertThat(ledger.path("openingBalance").asText()).isEqualTo("0.00");
        assertThat(ledger.path("closingBalance").asText()).isEqualTo("1250.00");
        JsonNode entry = ledger.path("entries").get(0);
        assertThat(ledger.path("entries").size()).isEqualTo(1);
        assertThat(entry.path("kind").asText()).isEqualTo("OPENING_BALANCE");
        assertThat(entry.path("debit").asText()).isEqualTo("1250.00");
        assertThat(entry.path("credit").asText()).isEqualTo("0.00");
        assertThat(entry.path("balance").asText()).isEqualTo("1250.00");
        assertThat(entry.path("sequence").asLong()).isEqualTo(1);
        assertThat(entry.path("date").asText()).isIn(before, after);

        JsonNode credit = ledger(token, advance.text("id"), "").path("entries").get(0);
        assertThat(credit.path("debit").asText()).isEqualTo("0.00");
        assertThat(credit.path("credit").asText()).isEqualTo("200.50");
        assertThat(credit.path("balance").asText()).isEqualTo("-200.50");
    }

    @Test
    void adjustments_and_the_ledger_keep_a_running_balance_with_opening_and_closing_for_a_range() {
        Shop shop = signUp("Running Balance Stores");
        String token = shop.accessToken();
        String id = create(token, body("name", "Meena Patil", "phone", MEENA_PHONE));
        // Entries on past business dates, as credit sales, repayments and returns record them.
        commands.sendAndWait(new ChargeCreditSale(id, shop.tenantId(), "sale-1", 125000, null, "2020-01-10"));
        commands.sendAndWait(new RecordRepayment(id, shop.tenantId(), "payment-1", 50000, "UPI", "431234567890",
                "2020-01-20"));
        commands.sendAndWait(new ChargeCreditSale(id, shop.tenantId(), "sale-2", 30000, null, "2020-02-05"));
        commands.sendAndWait(new CreditReturn(id, shop.tenantId(), "sale-2", "return-1", "CN/19-20/0000001", 5000,
                "2020-02-06"));

        String before = LocalDate.now(SHOP_ZONE).toString();
        Api.Response off = api.post(CUSTOMERS + "/" + id + "/adjustments", token,
                body("amount", "-50.00", "reason", "Rounded off at settlement"));
        assertThat(off.status()).as(off.toString()).isEqualTo(201);
        assertThat(off.header("Location")).contains(CUSTOMERS + "/" + id + "/ledger");
        assertThat(off.text("kind")).isEqualTo("ADJUSTMENT");
        assertThat(off.body().path("sequence").asLong()).isEqualTo(5);
        assertThat(off.text("debit")).isEqualTo("0.00");
        assertThat(off.text("credit")).isEqualTo("50.00");
        assertThat(off.text("balance")).isEqualTo("950.00");
        assertThat(off.text("note")).isEqualTo("Rounded off at settlement");
        assertThat(off.text("id")).isNotBlank();
        Api.Response on = api.post(CUSTOMERS + "/" + id + "/adjustments", token,
                body("amount", "120.00", "reason", "Bill 47 missed in the paper bahi"));
        String after = LocalDate.now(SHOP_ZONE).toString();
        assertThat(on.status()).as(on.toString()).isEqualTo(201);
        assertThat(on.text("debit")).isEqualTo("120.00");
        assertThat(on.text("balance")).isEqualTo("1070.00");
        assertThat(off.text("date")).isIn(before, after);

        await10().untilAsserted(() -> assertThat(customer(token, id).path("balance").asText()).isEqualTo("1070.00"));
        JsonNode all = ledger(token, id, "");
        assertThat(all.path("customerId").asText()).isEqualTo(id);
        assertThat(all.path("openingBalance").asText()).isEqualTo("0.00");
        assertThat(all.path("closingBalance").asText()).isEqualTo("1070.00");
        JsonNode entries = all.path("entries");
        assertThat(texts(entries, "kind")).containsExactly("CREDIT_SALE", "REPAYMENT", "CREDIT_SALE", "RETURN",
                "ADJUSTMENT", "ADJUSTMENT");
        assertThat(texts(entries, "debit")).containsExactly("1250.00", "0.00", "300.00", "0.00", "0.00", "120.00");
        assertThat(texts(entries, "credit")).containsExactly("0.00", "500.00", "0.00", "50.00", "50.00", "0.00");
        assertThat(texts(entries, "balance")).containsExactly("1250.00", "750.00", "1050.00", "1000.00", "950.00",
                "1070.00");
        assertThat(texts(entries, "sequence")).containsExactly("1", "2", "3", "4", "5", "6");
        assertThat(texts(entries, "date").subList(0, 4)).containsExactly("2020-01-10", "2020-01-20", "2020-02-05",
                "2020-02-06");
        assertThat(entries.get(0).path("reference").asText()).isEqualTo("sale-1");
        assertThat(entries.get(1).path("reference").asText()).isEqualTo("431234567890");
        assertThat(entries.get(1).path("note").asText()).isEqualTo("UPI");
        assertThat(entries.get(3).path("reference").asText()).isEqualTo("CN/19-20/0000001");

        JsonNode range = ledger(token, id, "?from=2020-01-15&to=2020-02-05");
        assertThat(range.path("from").asText()).isEqualTo("2020-01-15");
        assertThat(range.path("to").asText()).isEqualTo("2020-02-05");
        assertThat(range.path("openingBalance").asText()).as("owed before the 15th").isEqualTo("1250.00");
        assertThat(texts(range.path("entries"), "sequence")).containsExactly("2", "3");
        assertThat(range.path("closingBalance").asText()).as("owed at the end of the 5th").isEqualTo("1050.00");

        JsonNode quiet = ledger(token, id, "?from=2020-03-01&to=2020-03-31");
        assertThat(quiet.path("entries").size()).isZero();
        assertThat(quiet.path("openingBalance").asText()).isEqualTo("1000.00");
        assertThat(quiet.path("closingBalance").asText()).isEqualTo("1000.00");
        JsonNode oneDay = ledger(token, id, "?from=2020-02-06&to=2020-02-06");
        assertThat(texts(oneDay.path("entries"), "kind")).containsExactly("RETURN");

        assertProblem(api.get(CUSTOMERS + "/" + id + "/ledger?from=2020-13-01", token), 400, "DATE_INVALID", "from");
        assertProblem(api.get(CUSTOMERS + "/" + id + "/ledger?to=yesterday", token), 400, "DATE_INVALID", "to");
        assertProblem(api.get(CUSTOMERS + "/" + id + "/ledger?from=2020-02-06&to=2020-02-05", token), 400,
                "DATE_RANGE_INVALID", "from");
    }

    @Test
    void a_credit_sale_over_the_limit_is_refused_unless_overridden_and_the_override_is_on_the_khata() {
        Shop shop = signUp("Credit Limit Stores");
        String token = shop.accessToken();
        String id = create(token, body("name", "Meena Patil", "phone", MEENA_PHONE, "creditLimit", "1000.00"));
        commands.sendAndWait(new ChargeCreditSale(id, shop.tenantId(), "sale-1", 100000, null, "2020-01-10"));
        Throwable refused = catchThrowable(() -> commands.sendAndWait(
                new ChargeCreditSale(id, shop.tenantId(), "sale-2", 1, null, "2020-01-10")));
        assertThat(conflictCode(refused)).as(String.valueOf(refused)).isEqualTo("CREDIT_LIMIT_EXCEEDED");
        commands.sendAndWait(new ChargeCreditSale(id, shop.tenantId(), "sale-2", 20000, shop.ownerId(), "2020-01-11"));

        await10().untilAsserted(() -> assertThat(customer(token, id).path("balance").asText()).isEqualTo("1200.00"));
        JsonNode entries = ledger(token, id, "").path("entries");
        assertThat(texts(entries, "balance")).containsExactly("1000.00", "1200.00");
        assertThat(entries.get(0).has("overriddenBy")).as("no override was needed").isFalse();
        assertThat(entries.get(1).path("overriddenBy").asText()).isEqualTo(shop.ownerId());
    }

    // ---- roles --------------------------------------------------------------------------------------------------

    @Test
    void a_cashier_adds_and_reads_customers_but_cannot_change_them_or_adjust_a_khata() {
        Shop shop = signUp("Cashier Khata Stores");
        String cashier = addUser(shop, "CASHIER", uniquePhone());
        Api.Response created = api.post(CUSTOMERS, cashier, body("name", "Meena Patil", "phone", MEENA_PHONE,
                "openingBalance", "100.00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.text("id");
        assertThat(api.get(CUSTOMERS + "/" + id, cashier).status()).isEqualTo(200);
        assertThat(api.get(CUSTOMERS, cashier).status()).isEqualTo(200);
        assertThat(api.get(CUSTOMERS + "/" + id + "/ledger", cashier).status()).isEqualTo(200);
        int eventsBefore = events(id).size();

        assertProblem(api.post(CUSTOMERS + "/" + id + "/adjustments", cashier,
                body("amount", "-100.00", "reason", "Forgiven")), 403, "FORBIDDEN");
        assertProblem(api.patch(CUSTOMERS + "/" + id, cashier, body("creditLimit", "100000.00")), 403, "FORBIDDEN");

        assertThat(events(id)).as("nothing reached the khata").hasSize(eventsBefore);
        assertThat(customer(shop.accessToken(), id).path("balance").asText()).isEqualTo("100.00");
        assertThat(customer(shop.accessToken(), id).path("creditLimit").isMissingNode()).as("no limit").isTrue();
        String manager = addUser(shop, "MANAGER", uniquePhone());
        Api.Response adjusted = api.post(CUSTOMERS + "/" + id + "/adjustments", manager,
                body("amount", "-100.00", "reason", "Settled in cash at the counter"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
        assertThat(adjusted.text("balance")).isEqualTo("0.00");
    }

    // ---- tenant isolation ---------------------------------------------------------------------------------------

    @Test
    void another_shops_customer_does_not_exist_for_any_customer_endpoint() {
        Shop a = signUp("Isolated Khata A");
        Shop b = signUp("Isolated Khata B");
        String id = create(a.accessToken(), body("name", "Secret Meena", "phone", MEENA_PHONE, "creditLimit", "5000.00",
                "openingBalance", "700.00"));
        Api.Response adjusted = api.post(CUSTOMERS + "/" + id + "/adjustments", a.accessToken(),
                body("amount", "50.00", "reason", "Missed bill"));
        assertThat(adjusted.status()).as(adjusted.toString()).isEqualTo(201);
        await10().untilAsserted(() -> assertThat(customer(a.accessToken(), id).path("balance").asText())
                .isEqualTo("750.00"));
        String customerBefore = customer(a.accessToken(), id).toString();
        String ledgerBefore = ledger(a.accessToken(), id, "").toString();
        int eventsBefore = events(id).size();
        String base = CUSTOMERS + "/" + id;
        String intruder = b.accessToken();

        assertProblem(api.get(base, intruder), 404, "CUSTOMER_NOT_FOUND");
        assertProblem(api.patch(base, intruder, body("name", "Hijacked", "creditLimit", "")), 404, "CUSTOMER_NOT_FOUND");
        assertProblem(api.patch(base, intruder, body("phone", "9812345678")), 404, "CUSTOMER_NOT_FOUND");
        assertProblem(api.post(base + "/adjustments", intruder, body("amount", "-750.00", "reason", "Wiped")), 404,
                "CUSTOMER_NOT_FOUND");
        assertProblem(api.get(base + "/ledger", intruder), 404, "CUSTOMER_NOT_FOUND");
        assertProblem(api.get(base + "/ledger?from=2020-01-01&to=2030-12-31", intruder), 404, "CUSTOMER_NOT_FOUND");
        // an id that exists nowhere is answered the same way
        String nowhere = CUSTOMERS + "/" + UUID.randomUUID();
        assertProblem(api.get(nowhere, intruder), 404, "CUSTOMER_NOT_FOUND");
        assertProblem(api.patch(nowhere, intruder, body("name", "Ghost")), 404, "CUSTOMER_NOT_FOUND");
        assertProblem(api.post(nowhere + "/adjustments", intruder, body("amount", "1.00", "reason", "Ghost")), 404,
                "CUSTOMER_NOT_FOUND");
        assertProblem(api.get(nowhere + "/ledger", intruder), 404, "CUSTOMER_NOT_FOUND");

        for (String query : List.of("", "?q=secret", "?q=Meena", "?q=98220", "?q=%2B919822012345", "?limit=200")) {
            Api.Response list = api.get(CUSTOMERS + query, intruder);
            assertThat(list.status()).as(list.toString()).isEqualTo(200);
            assertThat(list.body().path("customers").toString()).as(query).doesNotContain(id).doesNotContain("Secret");
        }
        // B may have a customer with the same phone: it is another khata
        Api.Response theirs = api.post(CUSTOMERS, intruder, body("name", "B's Meena", "phone", MEENA_PHONE));
        assertThat(theirs.status()).as(theirs.toString()).isEqualTo(201);
        assertThat(theirs.text("balance")).isEqualTo("0.00");

        assertThat(events(id)).as("nothing reached A's khata").hasSize(eventsBefore);
        assertThat(customer(a.accessToken(), id).toString()).isEqualTo(customerBefore);
        assertThat(ledger(a.accessToken(), id, "").toString()).isEqualTo(ledgerBefore);
        assertThat(ids(a.accessToken(), "")).containsExactly(id);
        assertProblem(api.post(CUSTOMERS, a.accessToken(), body("name", "Copy", "phone", MEENA_PHONE)), 409,
                "PHONE_TAKEN");

        for (Api.Response anonymous : List.of(api.get(CUSTOMERS, null), api.get(base, null),
                api.post(CUSTOMERS, null, body("name", "Anon", "phone", "9812345678")),
                api.patch(base, null, body("name", "Anon")),
                api.post(base + "/adjustments", null, body("amount", "1.00", "reason", "Anon")),
                api.get(base + "/ledger", null))) {
            assertProblem(anonymous, 401, "UNAUTHENTICATED");
        }
    }

    // ---- bad input ----------------------------------------------------------------------------------------------

    @Test
    void bad_customer_input_is_refused_with_its_code_and_field_and_leaves_nothing_behind() {
        Shop shop = signUp("Strict Khata Stores");
        String token = shop.accessToken();
        List<Object[]> cases = List.of(
                new Object[] {"creditLimit", "-100.00", "AMOUNT_NEGATIVE", "creditLimit"},
                new Object[] {"creditLimit", "50.001", "AMOUNT_INVALID", "creditLimit"},
                new Object[] {"creditLimit", "lots", "AMOUNT_INVALID", "creditLimit"},
                new Object[] {"openingBalance", "12.345", "AMOUNT_INVALID", "openingBalance"},
                new Object[] {"openingBalance", "--5", "AMOUNT_INVALID", "openingBalance"},
                new Object[] {"openingBalance", "20000000.00", "AMOUNT_TOO_LARGE", "openingBalance"},
                new Object[] {"phone", "12345", "PHONE_INVALID", "phone"},
                new Object[] {"phone", "98220", "PHONE_INVALID", "phone"},
                new Object[] {"phone", "call me", "PHONE_INVALID", "phone"},
                new Object[] {"phone", " ", "PHONE_REQUIRED", "phone"},
                new Object[] {"name", "", "NAME_REQUIRED", "name"},
                new Object[] {"gstin", "27AAPFU0939F1ZX", "GSTIN_INVALID", "gstin"},
                new Object[] {"stateCode", "99", "STATE_CODE_INVALID", "stateCode"},
                new Object[] {"balance", "0.00", "UNKNOWN_FIELD", "balance"},
                new Object[] {"tenantId", signUp("Victim Khata Stores").tenantId(), "UNKNOWN_FIELD", "tenantId"});
        for (Object[] c : cases) {
            Map<String, Object> customer = body("name", "Meena Patil", "phone", MEENA_PHONE, "gstin", MAHARASHTRA_GSTIN);
            customer.put((String) c[0], c[1]);
            assertProblem(api.post(CUSTOMERS, token, customer), 400, (String) c[2], (String) c[3]);
        }
        assertProblem(api.post(CUSTOMERS, token, body("name", "Meena Patil", "phone", MEENA_PHONE,
                "gstin", MAHARASHTRA_GSTIN, "stateCode", "29")), 400, "GSTIN_STATE_MISMATCH", "gstin");
        Map<String, Object> noPhone = body("name", "Meena Patil");
        assertProblem(api.post(CUSTOMERS, token, noPhone), 400, "PHONE_REQUIRED", "phone");

        assertThat(ids(token, "")).as("no customer was written").isEmpty();
        // and no refused customer kept the phone
        String id = create(token, body("name", "Meena Patil", "phone", MEENA_PHONE));
        int eventsBefore = events(id).size();
        String base = CUSTOMERS + "/" + id;
        assertProblem(api.post(base + "/adjustments", token, body("amount", "0.00", "reason", "Nothing")), 400,
                "AMOUNT_ZERO", "amount");
        assertProblem(api.post(base + "/adjustments", token, body("amount", "-0", "reason", "Nothing")), 400,
                "AMOUNT_ZERO", "amount");
        assertProblem(api.post(base + "/adjustments", token, body("amount", "10.00")), 400, "REASON_REQUIRED",
                "reason");
        assertProblem(api.post(base + "/adjustments", token, body("reason", "How much?")), 400, "AMOUNT_REQUIRED",
                "amount");
        assertProblem(api.post(base + "/adjustments", token, body("amount", "1.234", "reason", "Paise")), 400,
                "AMOUNT_INVALID", "amount");
        assertProblem(api.post(base + "/adjustments", token, body("amount", "ten", "reason", "Words")), 400,
                "AMOUNT_INVALID", "amount");
        assertProblem(api.post(base + "/adjustments", token, body("amount", "10.00", "reason", "Sneaky",
                "balance", "0.00")), 400, "UNKNOWN_FIELD", "balance");
        assertProblem(api.patch(base, token, body("creditLimit", "-1.00")), 400, "AMOUNT_NEGATIVE", "creditLimit");
        assertProblem(api.patch(base, token, body("phone", "12345")), 400, "PHONE_INVALID", "phone");
        assertProblem(api.get(CUSTOMERS + "?limit=0", token), 400, "LIMIT_INVALID", "limit");

        assertThat(events(id)).as("no refused change reached the khata").hasSize(eventsBefore);
        assertThat(ledger(token, id, "").path("entries").size()).isZero();
        JsonNode meena = customer(token, id);
        assertThat(meena.path("balance").asText()).isEqualTo("0.00");
        assertThat(meena.path("phone").asText()).isEqualTo(MEENA_PHONE);
        assertThat(meena.has("creditLimit")).as("no limit").isFalse();
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    static Map<String, Object> body(Object... pairs) {
        Map<String, Object> body = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            body.put((String) pairs[i], pairs[i + 1]);
        }
        return body;
    }

    private String create(String token, Map<String, Object> customer) {
        Api.Response created = api.post(CUSTOMERS, token, customer);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private JsonNode customer(String token, String id) {
        Api.Response read = api.get(CUSTOMERS + "/" + id, token);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.body();
    }

    private JsonNode ledger(String token, String id, String query) {
        Api.Response read = api.get(CUSTOMERS + "/" + id + "/ledger" + query, token);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        return read.body();
    }

    private List<String> ids(String token, String query) {
        Api.Response list = api.get(CUSTOMERS + query, token);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return texts(list.body().path("customers"), "id");
    }

    /** The payloads of a khata's events as stored, oldest first. */
    private List<Object> events(String customerId) {
        return eventStore.readEvents(customerId, 0).asStream().map(Message::getPayload).map(p -> (Object) p).toList();
    }

    private static String conflictCode(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (t instanceof StateConflict conflict) {
                return conflict.code();
            }
        }
        return null;
    }

    static List<String> texts(JsonNode array, String field) {
        return StreamSupport.stream(array.spliterator(), false).map(n -> n.path(field).asText()).toList();
    }

    static ConditionFactory await10() {
        return await().atMost(Duration.ofSeconds(10)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10));
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
}
