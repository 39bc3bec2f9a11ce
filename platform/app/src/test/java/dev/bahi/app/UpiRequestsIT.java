package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import dev.bahi.payments.api.FindUpiRequestByReference;
import dev.bahi.payments.api.UpiRequestView;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * UPI requests end to end: a upi://pay link for a credit sale's due or a khata's balance, payable to the shop's UPI
 * id, whose QR code decodes to exactly the link, and which can be found again by its reference.
 */
class UpiRequestsIT extends SalesEndToEndTest {
    static final String REQUESTS = "/api/v1/payments/upi-requests";
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Autowired
    QueryGateway queries;

    private record Setup(Shop shop, String token, String atta, String meena) {
    }

    private Setup shopWithKhata(String name) {
        Shop shop = signUp(name);
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "100");
        return new Setup(shop, token, atta, openKhata(token));
    }

    private String openKhata(String token) {
        Api.Response created = api.post("/api/v1/customers", token, Map.of("name", "Meena Kulkarni",
                "phone", uniquePhone(), "creditLimit", "50000.00"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.text("id");
    }

    /** A credit sale of two packs of atta (570.00) on the khata, once the read model shows it. */
    private String creditSale(String token, String atta, String customerId) {
        Map<String, Object> sale = sale(List.of(line(atta, "2")), "CREDIT");
        sale.put("customer", Map.of("customerId", customerId));
        JsonNode sold = recordSale(token, sale);
        assertThat(sold.path("due").asText()).isEqualTo("570.00");
        String saleId = sold.path("id").asText();
        awaitSale(token, saleId);
        return saleId;
    }

    private void awaitBalance(String token, String customerId, String balance) {
        await10().until(() -> api.get("/api/v1/customers/" + customerId, token).body().path("balance").asText(),
                balance::equals);
    }

    private JsonNode open(String token, Map<String, Object> body) {
        Api.Response opened = api.post(REQUESTS, token, body);
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        assertThat(opened.header("Location")).endsWith(REQUESTS + "/" + opened.text("id"));
        return opened.body();
    }

    /** The link's query parameters, each URL-decoded, in order. */
    static Map<String, String> parameters(String link) {
        assertThat(link).startsWith("upi://pay?");
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String pair : link.substring("upi://pay?".length()).split("&")) {
            int eq = pair.indexOf('=');
            assertThat(eq).as(pair).isPositive();
            parameters.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private record Png(int status, String contentType, byte[] bytes) {
        JsonNode json() {
            try {
                return Api.JSON.readTree(bytes);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private Png getPng(String path, String token) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Accept", "image/png, application/problem+json")
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            HttpResponse<byte[]> response = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
            return new Png(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The text of the PNG's QR code, read with ZXing. */
    static String decodeQr(byte[] png) throws IOException, NotFoundException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image).as("a PNG image").isNotNull();
        int width = image.getWidth();
        int height = image.getHeight();
        int[] pixels = image.getRGB(0, 0, width, height, null, 0, width);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(width, height, pixels)));
        // a pure barcode (the image is the code and its quiet zone): ZXing's finder-pattern detector, meant for
        // camera pictures, misses about 1 in 400 of its own flawless codes (zxing/zxing#1976, QrCodePngTest)
        return new MultiFormatReader().decode(bitmap, Map.of(DecodeHintType.POSSIBLE_FORMATS,
                List.of(BarcodeFormat.QR_CODE), DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }

    private Optional<UpiRequestView> byReference(String tenantId, String reference) {
        return queries.query(new FindUpiRequestByReference(tenantId, reference),
                ResponseTypes.optionalInstanceOf(UpiRequestView.class)).join();
    }

    @Test
    void a_request_for_a_credit_sale_links_its_due_to_the_shops_upi_id_and_its_qr_code_decodes_to_the_link()
            throws Exception {
        Setup s = shopWithKhata("Sharma Kirana");
        String saleId = creditSale(s.token(), s.atta(), s.meena());
        String cashier = addUser(s.shop(), "CASHIER", uniquePhone());

        JsonNode request = open(cashier, Map.of("saleId", saleId));
        String id = request.path("id").asText();
        String reference = request.path("reference").asText();
        assertThat(reference).matches("BAHI[A-Z0-9]{12}");
        assertThat(request.path("amount").asText()).isEqualTo("570.00");
        assertThat(request.path("saleId").asText()).isEqualTo(saleId);
        assertThat(request.has("customerId")).isFalse();
        assertThat(request.path("status").asText()).isEqualTo("OPEN");
        assertThat(request.path("createdAt").asText()).isNotBlank();
        assertThat(request.path("qrUrl").asText()).isEqualTo(REQUESTS + "/" + id + "/qr.png");

        String link = request.path("link").asText();
        Map<String, String> fields = parameters(link);
        assertThat(fields).containsOnlyKeys("pa", "pn", "am", "cu", "tr", "tn");
        assertThat(fields.get("pa")).isEqualTo("shop@okicici");
        assertThat(fields.get("pn")).isEqualTo("Sharma Kirana");
        assertThat(fields.get("am")).isEqualTo("570.00");
        assertThat(fields.get("cu")).isEqualTo("INR");
        assertThat(fields.get("tr")).isEqualTo(reference);
        assertThat(fields.get("tn")).isNotBlank().hasSizeLessThanOrEqualTo(50);
        assertThat(link).contains("pn=Sharma%20Kirana").doesNotContain("+").doesNotContain(" ");

        Png qr = getPng(request.path("qrUrl").asText(), s.token());
        assertThat(qr.status()).as(qr.contentType()).isEqualTo(200);
        assertThat(qr.contentType()).startsWith("image/png");
        assertThat(decodeQr(qr.bytes())).isEqualTo(link);

        String accountant = addUser(s.shop(), "ACCOUNTANT", uniquePhone());
        Api.Response read = api.get(REQUESTS + "/" + id, accountant);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.text("link")).isEqualTo(link);
        assertThat(read.text("reference")).isEqualTo(reference);
        assertThat(getPng(REQUESTS + "/" + id + "/qr.png", accountant).status()).isEqualTo(200);
        assertProblem(api.post(REQUESTS, accountant, Map.of("saleId", saleId)), 403, "FORBIDDEN");

        assertThat(byReference(s.shop().tenantId(), reference)).get()
                .satisfies(found -> {
                    assertThat(found.upiRequestId()).isEqualTo(id);
                    assertThat(found.amount()).isEqualTo(570_00);
                    assertThat(found.link()).isEqualTo(link);
                });
        assertThat(byReference(s.shop().tenantId(), "BAHI000000000000")).isEmpty();

        JsonNode part = open(s.token(), Map.of("saleId", saleId, "amount", "200"));
        assertThat(part.path("amount").asText()).isEqualTo("200.00");
        assertThat(part.path("reference").asText()).isNotEqualTo(reference);
        assertThat(parameters(part.path("link").asText()).get("am")).isEqualTo("200.00");
    }

    @Test
    void a_request_for_a_khata_asks_for_the_customers_balance_or_the_amount_given() throws Exception {
        Setup s = shopWithKhata("Khata Kirana");
        creditSale(s.token(), s.atta(), s.meena());
        awaitBalance(s.token(), s.meena(), "570.00");

        JsonNode request = open(s.token(), Map.of("customerId", s.meena()));
        assertThat(request.path("amount").asText()).isEqualTo("570.00");
        assertThat(request.path("customerId").asText()).isEqualTo(s.meena());
        assertThat(request.has("saleId")).isFalse();
        Map<String, String> fields = parameters(request.path("link").asText());
        assertThat(fields.get("am")).isEqualTo("570.00");
        assertThat(fields.get("pa")).isEqualTo("shop@okicici");
        assertThat(fields.get("tr")).isEqualTo(request.path("reference").asText());
        assertThat(fields.get("tn")).isNotBlank().hasSizeLessThanOrEqualTo(50);
        assertThat(decodeQr(getPng(request.path("qrUrl").asText(), s.token()).bytes()))
                .isEqualTo(request.path("link").asText());

        JsonNode part = open(s.token(), Map.of("customerId", s.meena(), "amount", "100.50"));
        assertThat(part.path("amount").asText()).isEqualTo("100.50");
        assertThat(parameters(part.path("link").asText()).get("am")).isEqualTo("100.50");
    }

    @Test
    void bad_input_is_refused_with_its_field() {
        Setup s = shopWithKhata("Careful Kirana");
        String saleId = creditSale(s.token(), s.atta(), s.meena());

        assertProblem(api.post(REQUESTS, s.token(), Map.of("saleId", saleId, "customerId", s.meena())), 400,
                "SALE_AND_CUSTOMER_GIVEN", "customerId");
        assertProblem(api.post(REQUESTS, s.token(), Map.of()), 400, "SALE_OR_CUSTOMER_REQUIRED", "saleId");
        assertProblem(api.post(REQUESTS, s.token(), Map.of("amount", "10.00")), 400, "SALE_OR_CUSTOMER_REQUIRED",
                "saleId");
        assertProblem(api.post(REQUESTS, s.token(), Map.of("saleId", saleId, "amount", "-10.00")), 400,
                "AMOUNT_NEGATIVE", "amount");
        assertProblem(api.post(REQUESTS, s.token(), Map.of("saleId", saleId, "amount", "0")), 400,
                "AMOUNT_NOT_POSITIVE", "amount");
        assertProblem(api.post(REQUESTS, s.token(), Map.of("saleId", saleId, "amount", "ten")), 400,
                "AMOUNT_INVALID", "amount");
        assertProblem(api.post(REQUESTS, s.token(), Map.of("saleId", saleId, "amount", "570.01")), 400,
                "AMOUNT_EXCEEDS_DUE", "amount");
        assertProblem(api.post(REQUESTS, s.token(), Map.of("saleId", "0193b1d0-0000-7000-8000-000000000001")), 400,
                "SALE_NOT_FOUND", "saleId");
        assertProblem(api.post(REQUESTS, s.token(), Map.of("saleId", "not-an-id")), 400, "SALE_NOT_FOUND", "saleId");
        assertProblem(api.post(REQUESTS, s.token(), Map.of("customerId", "0193b1d0-0000-7000-8000-000000000002")),
                400, "CUSTOMER_NOT_FOUND", "customerId");
        assertProblem(api.postRaw(REQUESTS, s.token(), "{\"saleId\":\"" + saleId + "\",\"tip\":\"5.00\"}"), 400,
                "UNKNOWN_FIELD", "tip");
        assertProblem(api.get(REQUESTS + "/no-such-request", s.token()), 404, "UPI_REQUEST_NOT_FOUND");
    }

    @Test
    void nothing_owed_is_nothing_to_request() {
        Setup s = shopWithKhata("Settled Kirana");
        String paid = recordCashSale(s.token(), s.atta(), "1");
        awaitSale(s.token(), paid);
        assertProblem(api.post(REQUESTS, s.token(), Map.of("saleId", paid)), 409, "NOTHING_DUE");
        assertProblem(api.post(REQUESTS, s.token(), Map.of("customerId", s.meena())), 409, "NOTHING_DUE");
    }

    @Test
    void another_shop_sees_none_of_the_requests_and_cannot_ask_for_its_sales() {
        Setup s = shopWithKhata("Mine Kirana");
        String saleId = creditSale(s.token(), s.atta(), s.meena());
        JsonNode request = open(s.token(), Map.of("saleId", saleId));
        String id = request.path("id").asText();
        Shop other = signUp("Theirs Kirana");
        String theirs = other.accessToken();

        assertProblem(api.get(REQUESTS + "/" + id, theirs), 404, "UPI_REQUEST_NOT_FOUND");
        Png qr = getPng(REQUESTS + "/" + id + "/qr.png", theirs);
        assertThat(qr.status()).isEqualTo(404);
        assertThat(qr.contentType()).startsWith("application/problem+json");
        assertThat(qr.json().path("code").asText()).isEqualTo("UPI_REQUEST_NOT_FOUND");
        assertProblem(api.post(REQUESTS, theirs, Map.of("saleId", saleId)), 400, "SALE_NOT_FOUND", "saleId");
        assertProblem(api.post(REQUESTS, theirs, Map.of("customerId", s.meena())), 400, "CUSTOMER_NOT_FOUND",
                "customerId");
        assertThat(byReference(other.tenantId(), request.path("reference").asText())).isEmpty();
        assertThat(api.get(REQUESTS + "/" + id, s.token()).status()).isEqualTo(200);
    }

    @Test
    void a_shop_without_a_upi_id_cannot_ask_to_be_paid_by_upi() {
        Map<String, Object> business = business("Cash Only Kirana");
        business.remove("upiId");
        Shop shop = signUp(business, uniqueEmail("owner"));
        String token = shop.accessToken();
        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "100");
        String meena = openKhata(token);
        String saleId = creditSale(token, atta, meena);

        assertProblem(api.post(REQUESTS, token, Map.of("saleId", saleId)), 409, "UPI_ID_MISSING");
        assertProblem(api.post(REQUESTS, token, Map.of("customerId", meena)), 409, "UPI_ID_MISSING");
    }
}
