package dev.bahi.payments.adapter.out.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.payments.application.port.out.ProviderEvent;
import dev.bahi.platform.kernel.RuleViolation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class GenericPaymentProviderGatewayTest {
    static final String SECRET = "whsec_0123456789abcdef";
    static final String TENANT = "0193b1d0-0000-7000-8000-000000000001";
    static final String BODY = """
            {"eventId":"evt_1","merchantId":"%s","type":"payment.succeeded",\
            "paymentId":"0193b1d0-0000-7000-8000-000000000002","utr":"431234567890","amount":"570.00",\
            "payerVpa":"meena@okaxis"}""".formatted(TENANT);

    private final GenericPaymentProviderGateway gateway = new GenericPaymentProviderGateway(new ObjectMapper());

    static String signature(String secret, byte[] body) {
        return "sha256=" + HexFormat.of().formatHex(GenericPaymentProviderGateway.sign(secret, body));
    }

    private static UnaryOperator<String> headers(Map<String, String> headers) {
        return name -> headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst().orElse(null);
    }

    private static byte[] bytes(String body) {
        return body.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_body_signed_with_the_shops_secret_verifies_and_parses() {
        byte[] body = bytes(BODY);
        assertThat(gateway.name()).isEqualTo("generic");
        assertThat(gateway.merchantId(body)).isEqualTo(TENANT);
        assertThat(gateway.verify(body, headers(Map.of("x-bahi-signature", signature(SECRET, body))), SECRET))
                .isTrue();
        assertThat(gateway.parse(body)).isEqualTo(new ProviderEvent("evt_1", TENANT, ProviderEvent.Kind.SUCCEEDED,
                "0193b1d0-0000-7000-8000-000000000002", null, "431234567890", 570_00, "meena@okaxis"));
    }

    @Test
    void the_signature_is_lower_case_hex_hmac_sha256_of_the_raw_bytes() {
        // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
        assertThat(HexFormat.of().formatHex(GenericPaymentProviderGateway.sign("Jefe",
                bytes("what do ya want for nothing?"))))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void a_tampered_body_does_not_verify() {
        byte[] signed = bytes(BODY);
        byte[] tampered = bytes(BODY.replace("570.00", "5700.00"));
        assertThat(gateway.verify(tampered, headers(Map.of("X-Bahi-Signature", signature(SECRET, signed))), SECRET))
                .isFalse();
        byte[] reformatted = bytes(BODY.replace(",", ", "));
        assertThat(gateway.verify(reformatted, headers(Map.of("X-Bahi-Signature", signature(SECRET, signed))),
                SECRET)).as("the raw bytes are signed, not the JSON they mean").isFalse();
    }

    @Test
    void a_body_signed_with_another_secret_does_not_verify() {
        byte[] body = bytes(BODY);
        assertThat(gateway.verify(body, headers(Map.of("X-Bahi-Signature",
                signature("another shop's secret!", body))), SECRET)).isFalse();
    }

    @Test
    void a_missing_or_malformed_signature_header_does_not_verify() {
        byte[] body = bytes(BODY);
        String hex = signature(SECRET, body).substring("sha256=".length());
        assertThat(gateway.verify(body, headers(Map.of()), SECRET)).isFalse();
        assertThat(gateway.verify(body, headers(Map.of("X-Bahi-Signature", hex)), SECRET)).isFalse();
        assertThat(gateway.verify(body, headers(Map.of("X-Bahi-Signature", "sha256=" + hex.toUpperCase())), SECRET))
                .isFalse();
        assertThat(gateway.verify(body, headers(Map.of("X-Bahi-Signature", "sha256=")), SECRET)).isFalse();
        assertThat(gateway.verify(body, headers(Map.of("X-Bahi-Signature", signature(SECRET, body))), null)).isFalse();
    }

    @Test
    void signatures_are_compared_in_constant_time() throws IOException {
        String source = Files.readString(Path.of("src/main/java/dev/bahi/payments/adapter/out/provider/"
                + "GenericPaymentProviderGateway.java"));
        assertThat(source).contains("MessageDigest.isEqual(expected, given)");
        assertThat(source).doesNotContain("expected.equals(").doesNotContain("Arrays.equals(");
    }

    @Test
    void bad_json_and_incomplete_events_are_payload_invalid() {
        assertThatThrownBy(() -> gateway.merchantId(bytes("{not json"))).isInstanceOf(RuleViolation.class)
                .extracting(e -> ((RuleViolation) e).code()).isEqualTo("PAYLOAD_INVALID");
        assertThatThrownBy(() -> gateway.merchantId(bytes("[1,2]"))).isInstanceOf(RuleViolation.class);
        assertThatThrownBy(() -> gateway.merchantId(new byte[0])).isInstanceOf(RuleViolation.class);
        assertThat(gateway.merchantId(bytes("{\"eventId\":\"e\"}"))).isNull();
        assertThatThrownBy(() -> gateway.parse(bytes(BODY.replace("payment.succeeded", "payment.refunded"))))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("type");
        assertThatThrownBy(() -> gateway.parse(bytes(BODY.replace("\"570.00\"", "\"lots\""))))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("amount");
        assertThatThrownBy(() -> gateway.parse(bytes(BODY.replace("\"eventId\":\"evt_1\",", ""))))
                .isInstanceOf(RuleViolation.class).extracting(e -> ((RuleViolation) e).field()).isEqualTo("eventId");
    }

    @Test
    void a_failure_or_a_confirmation_by_reference_parses() {
        ProviderEvent failed = gateway.parse(bytes("""
                {"eventId":"evt_2","merchantId":"t","type":"payment.failed","paymentId":"p","amount":"1"}"""));
        assertThat(failed.kind()).isEqualTo(ProviderEvent.Kind.FAILED);
        assertThat(failed.amount()).isEqualTo(100);
        ProviderEvent byReference = gateway.parse(bytes("""
                {"eventId":"evt_3","merchantId":"t","type":"payment.succeeded","reference":"BAHIABCDEFGHIJKL",\
                "utr":"431234567890","amount":"200.50"}"""));
        assertThat(byReference.paymentId()).isNull();
        assertThat(byReference.reference()).isEqualTo("BAHIABCDEFGHIJKL");
        assertThat(byReference.amount()).isEqualTo(200_50);
    }
}
