package dev.bahi.bench.gatling;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.FeederBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;

/**
 * Every HTTP scenario of bench/run.sh, one phase after the other (closed model: a fixed number of clients, each
 * sending its next request as soon as the previous one answered), against a platform seeded by
 * {@code BenchTool seed}. Request names are {@code <phase> <request>}, the phase being {@code <scenario>-c<clients>}.
 * System properties: {@code bench.base} (platform URL), {@code bench.feeders} (directory of the seed's CSV
 * feeders), {@code bench.phase-seconds} (duration of each sale phase), {@code bench.other-seconds} (PDF and reads).
 */
public class BahiSimulation extends Simulation {
    private static final String BASE = System.getProperty("bench.base", "http://127.0.0.1:8080");
    private static final String FEEDERS = System.getProperty("bench.feeders", "target/bench-work");
    private static final Duration PHASE = Duration.ofSeconds(Long.getLong("bench.phase-seconds", 10));
    private static final Duration OTHER = Duration.ofSeconds(Long.getLong("bench.other-seconds", 10));
    /** How long a PDF client waits at most for the sale's read model to show its invoice. */
    private static final int INVOICE_WAIT_POLLS = Integer.getInteger("bench.invoice-wait-polls", 600);
    private static final Duration INVOICE_POLL = Duration.ofMillis(100);
    private static final String SALE_BODY = """
            {"lines":[{"itemId":"#{item1}","quantity":"1"},{"itemId":"#{item2}","quantity":"2"},\
            {"itemId":"#{item3}","quantity":"1"}],"payment":{"mode":"CASH"}}""";

    private final FeederBuilder<String> sales = csv(FEEDERS + "/sale-feeder.csv").circular();
    private final FeederBuilder<String> reads = csv(FEEDERS + "/reads-feeder.csv").circular();

    private final HttpProtocolBuilder protocol = http.baseUrl(BASE)
            .acceptHeader("application/json, application/problem+json")
            .contentTypeHeader("application/json")
            .shareConnections();

    private static ChainBuilder sale(String phase) {
        return exec(http(phase + " sale").post("/api/v1/sales")
                .header("Authorization", "Bearer #{token}")
                .body(StringBody(SALE_BODY))
                .check(status().is(201), jsonPath("$.id").saveAs("saleId")));
    }

    private static ChainBuilder invoice(String phase) {
        return exec(http(phase + " gst-invoice").post("/api/v1/sales/#{saleId}/gst-invoice")
                .header("Authorization", "Bearer #{token}")
                .check(status().in(200, 201)));
    }

    private static ChainBuilder pdf(String phase, String layout, String label) {
        return exec(http(phase + " " + layout + " " + label).get("/api/v1/sales/#{saleId}/gst-invoice/pdf?layout=" + layout)
                .header("Authorization", "Bearer #{token}")
                .header("Accept", "application/pdf")
                .check(status().is(200)));
    }

    private ScenarioBuilder saleOnly(int clients) {
        String phase = "sale-c" + clients;
        return scenario(phase).feed(sales).exec(sale(phase));
    }

    private ScenarioBuilder saleAndInvoice(int clients) {
        String phase = "invoice-c" + clients;
        return scenario(phase).feed(sales).group(phase + " sale+invoice").on(sale(phase).exec(invoice(phase)));
    }

    private ScenarioBuilder pdfs(int clients) {
        String phase = "pdf-c" + clients;
        // The PDF is rendered from the sale's read model: poll the sale until it shows the invoice (404 while the
        // projection has not even the sale yet; the group "wait for invoice view" reports how long that took), so
        // that "first" is the first rendering, not a wait for a projection that lags behind the preceding load.
        ChainBuilder poll = exec(http(phase + " invoice visible").get("/api/v1/sales/#{saleId}")
                .header("Authorization", "Bearer #{token}")
                .check(status().in(200, 404), jsonPath("$.invoice.invoiceNumber").optional().saveAs("invoiceNumber")))
                .exec(session -> session.set("invoiced", session.contains("invoiceNumber"))
                        .set("polls", session.getInt("polls") + 1))
                .doIf(session -> !session.getBoolean("invoiced")).then(pause(INVOICE_POLL));
        return scenario(phase).feed(sales).exec(sale(phase)).exec(invoice(phase))
                .exec(session -> session.set("invoiced", false).set("polls", 0))
                .group(phase + " wait for invoice view").on(asLongAs(session -> !session.getBoolean("invoiced")
                        && session.getInt("polls") < INVOICE_WAIT_POLLS).on(poll))
                .exec(pdf(phase, "A4", "first")).exec(pdf(phase, "A4", "cached"))
                .exec(pdf(phase, "THERMAL", "first")).exec(pdf(phase, "THERMAL", "cached"));
    }

    private ScenarioBuilder readScenario(int clients) {
        String phase = "reads-c" + clients;
        return scenario(phase).feed(reads)
                .exec(http(phase + " item search").get("/api/v1/items?q=#{q}&limit=20")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http(phase + " sale by id").get("/api/v1/sales/#{saleId}")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)))
                .exec(http(phase + " daily summary").get("/api/v1/reports/daily-summary")
                        .header("Authorization", "Bearer #{token}").check(status().is(200)));
    }

    private static PopulationBuilder closed(ScenarioBuilder scenario, int clients, Duration duration) {
        return scenario.injectClosed(constantConcurrentUsers(clients).during(duration));
    }

    {
        PopulationBuilder chain = closed(saleOnly(1), 1, PHASE)
                .andThen(closed(saleOnly(8), 8, PHASE)
                .andThen(closed(saleOnly(32), 32, PHASE)
                .andThen(closed(saleAndInvoice(1), 1, PHASE)
                .andThen(closed(saleAndInvoice(8), 8, PHASE)
                .andThen(closed(saleAndInvoice(32), 32, PHASE)
                .andThen(closed(pdfs(4), 4, OTHER)
                .andThen(closed(readScenario(8), 8, OTHER))))))));
        setUp(chain).protocols(protocol);
    }
}
