package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.bahi.sales.adapter.in.schedule.AutomaticReminderJob;
import dev.bahi.sales.api.ChargeCreditSale;
import dev.bahi.sales.api.RecordRepayment;
import dev.bahi.sales.api.ReminderView;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Udhaar reminders over real HTTP: a reminder is requested with the balance and a UPI link for exactly it, at most
 * once a business date, never to a customer who owes nothing or opted out, never across shops; the owner sets the
 * automatic policy and the scheduled scan (run here directly, at a chosen moment) reminds exactly the customers it
 * finds due. Sending them is the notifications context's (NotificationsIT).
 */
class RemindersIT extends EndToEndTest {
    static final String CUSTOMERS = "/api/v1/customers";
    static final String POLICY = "/api/v1/udhaar/reminder-policy";
    static final ZoneId SHOP_ZONE = ZoneId.of("Asia/Kolkata");

    @Autowired
    CommandGateway commands;

    @Autowired
    AutomaticReminderJob job;

    private String openKhata(String token, String name, String openingBalance, boolean optOut) {
        Map<String, Object> customer = new LinkedHashMap<>();
        customer.put("name", name);
        customer.put("phone", uniquePhone());
        if (openingBalance != null) {
            customer.put("openingBalance", openingBalance);
        }
        customer.put("remindersOptOut", optOut);
        Api.Response created = api.post(CUSTOMERS, token, customer);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    private Api.Response remind(String token, String customerId, Object body) {
        return api.post(CUSTOMERS + "/" + customerId + "/reminders", token, body);
    }

    private static Map<String, String> query(String link) {
        URI uri = URI.create(link);
        assertThat(uri.getScheme()).isEqualTo("upi");
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            String[] kv = pair.split("=", 2);
            values.put(kv[0], URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
        }
        return values;
    }

    private static LocalDate today() {
        return LocalDate.now(SHOP_ZONE);
    }

    private JsonNode awaitReminders(String token, String customerId, int count) {
        return Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> api.get(CUSTOMERS + "/" + customerId + "/reminders", token).body(),
                        list -> list.isArray() && list.size() == count);
    }

    private void awaitLedger(String token, String customerId, int entries) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> api.get(CUSTOMERS + "/" + customerId + "/ledger", token).body().path("entries").size(),
                        size -> size == entries);
    }

    /** The balance is written after the khata line it comes from, so the whole khata is in the read models. */
    private void awaitBalance(String token, String customerId, String balance) {
        Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(20))
                .until(() -> api.get(CUSTOMERS + "/" + customerId, token).text("balance"), balance::equals);
    }

    private void charge(Shop shop, String customerId, long paise, LocalDate on) {
        commands.sendAndWait(new ChargeCreditSale(customerId, shop.tenantId(), UUID.randomUUID().toString(), paise,
                null, on.toString()));
    }

    private void repay(Shop shop, String customerId, long paise, LocalDate on) {
        commands.sendAndWait(new RecordRepayment(customerId, shop.tenantId(), UUID.randomUUID().toString(), paise,
                "UPI", "431234567890", on.toString()));
    }

    // ---- by hand ------------------------------------------------------------------------------------------------

    @Test
    void a_reminder_asks_for_the_balance_with_a_upi_link_for_exactly_it_once_a_day() {
        Shop shop = signUp("Sharma Kirana");
        String token = shop.accessToken();
        String meena = openKhata(token, "Meena Patil", "1250.50", false);

        Api.Response reminded = remind(token, meena, Map.of());
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(201);
        assertThat(reminded.header("Location")).endsWith(CUSTOMERS + "/" + meena + "/reminders");
        assertThat(reminded.text("id")).isNotBlank();
        assertThat(reminded.text("customerId")).isEqualTo(meena);
        assertThat(reminded.text("balance")).isEqualTo("1250.50");
        assertThat(reminded.text("channel")).isEqualTo("WHATSAPP");
        assertThat(reminded.text("status")).isEqualTo("REQUESTED");
        assertThat(reminded.text("requestedOn")).isEqualTo(today().toString());
        assertThat(Instant.parse(reminded.text("requestedAt"))).isBefore(Instant.now().plusSeconds(1));
        assertThat(reminded.body().path("automatic").asBoolean()).isFalse();

        Map<String, String> upi = query(reminded.text("upiLink"));
        assertThat(upi.get("pa")).isEqualTo("shop@okicici");
        assertThat(upi.get("pn")).isEqualTo("Sharma Kirana");
        assertThat(upi.get("am")).isEqualTo("1250.50");
        assertThat(upi.get("cu")).isEqualTo("INR");
        assertThat(upi.get("tr")).matches("KHATA[A-Z0-9]{12}");
        assertThat(upi.get("tn")).isEqualTo("Khata Sharma Kirana");

        assertProblem(remind(token, meena, Map.of("channel", "SMS")), 409, "ALREADY_REMINDED_TODAY");

        JsonNode history = awaitReminders(token, meena, 1);
        assertThat(history.get(0).path("id").asText()).isEqualTo(reminded.text("id"));
        assertThat(history.get(0).path("upiLink").asText()).isEqualTo(reminded.text("upiLink"));
    }

    @Test
    void a_shop_without_a_upi_id_reminds_without_a_link_and_the_body_is_optional() {
        Map<String, Object> business = business("Nakad Kirana");
        business.remove("upiId");
        Shop shop = signUp(business, uniqueEmail("owner"));
        String meena = openKhata(shop.accessToken(), "Meena Patil", "300.00", false);

        Api.Response reminded = api.post(CUSTOMERS + "/" + meena + "/reminders", shop.accessToken(), "");
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(201);
        assertThat(reminded.body().has("upiLink")).as(reminded.toString()).isFalse();
        assertThat(reminded.text("balance")).isEqualTo("300.00");
    }

    @Test
    void nobody_is_reminded_who_owes_nothing_or_opted_out() {
        Shop shop = signUp("Khata Kirana");
        String token = shop.accessToken();
        String settled = openKhata(token, "Sunita Rao", null, false);
        String advance = openKhata(token, "Anil Joshi", "-200.00", false);
        String optedOut = openKhata(token, "Ramesh Patil", "800.00", true);

        assertProblem(remind(token, settled, Map.of()), 409, "NOTHING_DUE");
        assertProblem(remind(token, advance, Map.of()), 409, "NOTHING_DUE");
        assertProblem(remind(token, optedOut, Map.of()), 409, "REMINDERS_OPTED_OUT");
    }

    @Test
    void a_cashier_may_remind_and_bad_input_names_its_field() {
        Shop shop = signUp("Counter Kirana");
        String meena = openKhata(shop.accessToken(), "Meena Patil", "450.00", false);
        String cashier = addUser(shop, "CASHIER", uniquePhone());

        assertProblem(remind(cashier, meena, Map.of("channel", "PIGEON")), 400, "CHANNEL_UNKNOWN", "channel");
        Api.Response reminded = remind(cashier, meena, Map.of("channel", "sms", "note", "Diwali se pehle"));
        assertThat(reminded.status()).as(reminded.toString()).isEqualTo(201);
        assertThat(reminded.text("channel")).isEqualTo("SMS");
        assertThat(reminded.text("note")).isEqualTo("Diwali se pehle");
        assertThat(awaitReminders(cashier, meena, 1).get(0).path("note").asText()).isEqualTo("Diwali se pehle");
    }

    @Test
    void another_shops_customer_is_not_found() {
        Shop shop = signUp("Apna Kirana");
        Shop other = signUp("Paraya Kirana");
        String theirs = openKhata(other.accessToken(), "Meena Patil", "500.00", false);

        assertProblem(remind(shop.accessToken(), theirs, Map.of()), 404, "CUSTOMER_NOT_FOUND");
        assertProblem(api.get(CUSTOMERS + "/" + theirs + "/reminders", shop.accessToken()), 404, "CUSTOMER_NOT_FOUND");
        assertProblem(remind(shop.accessToken(), "not-a-customer", Map.of()), 404, "CUSTOMER_NOT_FOUND");
        assertThat(awaitReminders(other.accessToken(), theirs, 0)).isEmpty();
    }

    // ---- the policy ---------------------------------------------------------------------------------------------

    @Test
    void the_owner_sets_the_reminder_policy_every_role_reads_it_and_bad_values_are_refused() {
        Shop shop = signUp("Niyam Kirana");
        String token = shop.accessToken();
        String cashier = addUser(shop, "CASHIER", uniquePhone());

        Api.Response defaults = api.get(POLICY, cashier);
        assertThat(defaults.status()).as(defaults.toString()).isEqualTo(200);
        assertThat(defaults.body().path("enabled").asBoolean()).isFalse();
        assertThat(defaults.body().path("everyDays").asInt()).isEqualTo(7);
        assertThat(defaults.body().path("minBalanceAgeDays").asInt()).isEqualTo(30);
        assertThat(defaults.text("localTime")).isEqualTo("10:00");
        assertThat(defaults.text("changedAt")).isNull();

        assertProblem(api.patch(POLICY, token, Map.of("everyDays", 0)), 400, "EVERY_DAYS_OUT_OF_RANGE", "everyDays");
        assertProblem(api.patch(POLICY, token, Map.of("everyDays", 91)), 400, "EVERY_DAYS_OUT_OF_RANGE", "everyDays");
        assertProblem(api.patch(POLICY, token, Map.of("minBalanceAgeDays", 366)), 400, "MIN_BALANCE_AGE_OUT_OF_RANGE",
                "minBalanceAgeDays");
        assertProblem(api.patch(POLICY, token, Map.of("localTime", "25:00")), 400, "LOCAL_TIME_INVALID", "localTime");
        assertThat(api.patch(POLICY, token, Map.of("everyDays", "weekly")).status()).isEqualTo(400);
        assertProblem(api.patch(POLICY, cashier, Map.of("enabled", true)), 403, "FORBIDDEN");
        assertThat(api.get(POLICY, token).text("changedAt")).as("nothing was changed").isNull();

        Api.Response changed = api.patch(POLICY, token, Map.of("enabled", true, "everyDays", 14, "localTime", "18:30"));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.body().path("enabled").asBoolean()).isTrue();
        assertThat(changed.body().path("everyDays").asInt()).isEqualTo(14);
        assertThat(changed.body().path("minBalanceAgeDays").asInt()).as("kept").isEqualTo(30);
        assertThat(changed.text("localTime")).isEqualTo("18:30");
        assertThat(changed.text("changedAt")).isNotNull();
        assertThat(api.get(POLICY, cashier).body()).as("read back at once").isEqualTo(changed.body());

        Shop other = signUp("Alag Kirana");
        assertThat(api.get(POLICY, other.accessToken()).body().path("enabled").asBoolean())
                .as("another shop keeps its own").isFalse();
    }

    // ---- the scheduled scan -------------------------------------------------------------------------------------

    @Test
    void the_scan_reminds_exactly_the_customers_the_policy_finds_due_once() {
        Shop shop = signUp("Niyamit Kirana");
        String token = shop.accessToken();
        LocalDate today = today();
        // ₹1,000 75 days ago and ₹500 10 days ago, then ₹600 paid: ₹400 is 75 days old (india-retail.md §10).
        String overdue = openKhata(token, "Meena Patil", null, false);
        charge(shop, overdue, 1000_00, today.minusDays(75));
        charge(shop, overdue, 500_00, today.minusDays(10));
        repay(shop, overdue, 600_00, today);
        // Paid down to the recent bill only: ₹1,000 75 days ago, ₹500 10 days ago, ₹1,000 paid.
        String recentOnly = openKhata(token, "Sunita Rao", null, false);
        charge(shop, recentOnly, 1000_00, today.minusDays(75));
        charge(shop, recentOnly, 500_00, today.minusDays(10));
        repay(shop, recentOnly, 1000_00, today);
        String settled = openKhata(token, "Anil Joshi", null, false);
        charge(shop, settled, 300_00, today.minusDays(60));
        repay(shop, settled, 300_00, today.minusDays(1));
        String optedOut = openKhata(token, "Ramesh Patil", null, true);
        charge(shop, optedOut, 300_00, today.minusDays(60));
        String remindedToday = openKhata(token, "Kavita Shah", null, false);
        charge(shop, remindedToday, 300_00, today.minusDays(60));
        assertThat(remind(token, remindedToday, Map.of()).status()).isEqualTo(201);
        awaitBalance(token, overdue, "900.00");
        awaitBalance(token, recentOnly, "500.00");
        awaitLedger(token, settled, 2);
        awaitLedger(token, optedOut, 1);
        awaitReminders(token, remindedToday, 1);

        Api.Response policy = api.patch(POLICY, token, Map.of("enabled", true, "everyDays", 7,
                "minBalanceAgeDays", 30, "localTime", "10:00"));
        assertThat(policy.status()).as(policy.toString()).isEqualTo(200);

        // Three days on: before 10:00 nothing happens, after it the one customer due is reminded, and only once.
        LocalDate scanDay = today.plusDays(3);
        Instant beforeTime = scanDay.atTime(LocalTime.of(9, 59)).atZone(SHOP_ZONE).toInstant();
        Instant afterTime = scanDay.atTime(LocalTime.of(10, 5)).atZone(SHOP_ZONE).toInstant();
        assertThat(ofShop(job.scanAt(beforeTime), shop)).isEmpty();
        List<ReminderView> reminded = ofShop(job.scanAt(afterTime), shop);
        assertThat(reminded).extracting(ReminderView::customerId).containsExactly(overdue);
        assertThat(reminded.get(0).balance()).isEqualTo(900_00);
        assertThat(reminded.get(0).automatic()).isTrue();
        assertThat(reminded.get(0).requestedOn()).isEqualTo(scanDay.toString());
        assertThat(ofShop(job.scanAt(afterTime.plusSeconds(600)), shop)).as("scanned once a day").isEmpty();

        JsonNode history = awaitReminders(token, overdue, 1);
        assertThat(history.get(0).path("automatic").asBoolean()).isTrue();
        assertThat(history.get(0).path("balance").asText()).isEqualTo("900.00");
        assertThat(query(history.get(0).path("upiLink").asText()).get("am")).isEqualTo("900.00");
        for (String notDue : List.of(recentOnly, settled, optedOut)) {
            assertThat(awaitReminders(token, notDue, 0)).as(notDue).isEmpty();
        }
        assertThat(awaitReminders(token, remindedToday, 1)).as("the cadence counts the manual reminder").hasSize(1);

        // A week after the manual reminder, the next day's scan reminds that customer too; Meena is not due again yet.
        Instant weekLater = today.plusDays(7).atTime(LocalTime.of(11, 0)).atZone(SHOP_ZONE).toInstant();
        assertThat(ofShop(job.scanAt(weekLater), shop)).extracting(ReminderView::customerId)
                .containsExactly(remindedToday);
    }

    private static List<ReminderView> ofShop(List<ReminderView> reminders, Shop shop) {
        return reminders.stream().filter(r -> r.tenantId().equals(shop.tenantId())).toList();
    }
}
