package dev.bahi.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * Nothing secret reaches the log: passwords, access and refresh tokens, password hashes, a payment provider's
 * webhook secret and the signatures of shared links never appear in what the platform writes while they pass
 * through it (signup, login, refresh, a provider secret set and a signed webhook, an invoice shared by the logging
 * channel, a wrong password, a bad token).
 */
@ExtendWith(OutputCaptureExtension.class)
class SecretsInLogsIT extends SalesEndToEndTest {
    @Test
    void passwords_tokens_hashes_secrets_and_link_signatures_stay_out_of_the_log(CapturedOutput output) {
        Shop shop = signUp("Quiet Log Stores");
        String token = shop.accessToken();
        Api.Response login = login(shop.ownerEmail(), PASSWORD);
        Api.Response refreshed = api.post("/api/v1/auth/refresh", null,
                Map.of("refreshToken", login.text("refreshToken")));
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(login(shop.ownerEmail(), "not the password").status()).isEqualTo(401);
        assertThat(api.get("/api/v1/tenant", token + "tampered").status()).isEqualTo(401);

        String secret = "whsec_" + UUID.randomUUID();
        assertThat(api.put("/api/v1/payments/providers/generic", token, Map.of("secret", secret)).status())
                .isEqualTo(204);
        Map<String, Object> event = new LinkedHashMap<>(PaymentWebhooksIT.event(shop.tenantId(), "payment.succeeded",
                "1.00"));
        event.put("paymentId", UUID.randomUUID().toString());
        byte[] body = Api.JSON.valueToTree(event).toString().getBytes(StandardCharsets.UTF_8);
        String signature = PaymentWebhooksIT.sign(secret, body);
        api.postBytesWithHeader("/api/v1/webhooks/payments/generic", "application/json", body, "X-Bahi-Signature",
                signature);

        String atta = createItem(token, atta("ATTA-5KG"));
        receive(token, atta, "10");
        Map<String, Object> sale = cashSale(atta, "1");
        sale.put("customer", Map.of("name", "Meena", "phone", uniquePhone()));
        String saleId = recordSale(token, sale).path("id").asText();
        awaitSale(token, saleId);
        String pdfUrl = issueInvoice(token, saleId).text("pdfUrl");
        String linkSignature = pdfUrl.substring(pdfUrl.indexOf("signature=") + "signature=".length());
        String messageId = api.post(SALES + "/" + saleId + "/share", token, Map.of()).text("id");
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> api.get("/api/v1/notifications/" + messageId,
                token).text("status"), "SKIPPED_NOT_CONFIGURED"::equals);

        String log = output.getAll();
        assertThat(log).as("the log was captured").contains("/api/v1/auth/login");
        assertThat(log).as("the logging channel wrote the message").contains(messageId);
        for (String secretValue : List.of(PASSWORD, token, login.text("accessToken"), login.text("refreshToken"),
                refreshed.text("accessToken"), refreshed.text("refreshToken"), shop.refreshToken(), secret,
                signature.substring("sha256=".length()), linkSignature)) {
            assertThat(log).doesNotContain(secretValue);
        }
        assertThat(log).doesNotContain("$2a$").doesNotContain("$2b$").doesNotContain("{bcrypt}");
    }
}
