package dev.bahi.notifications.adapter.out.sms;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.application.port.out.OutboundMessage;
import dev.bahi.notifications.application.port.out.SendResult;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpSmsSenderTest {
    private static final String API_KEY = "sms-test-key";
    private static final String SENDER = "BAHIIN";
    private static final String ENTITY = "1101456789012345678";
    private static final String TEMPLATE = "1107161234567890123";

    @RegisterExtension
    static WireMockExtension provider = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort())
            .build();

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void an_sms_is_sent_and_answers_the_providers_message_id() {
        provider.stubFor(post("/messages").willReturn(okJson("{\"messageId\":\"sms-7f3a\"}")));

        SendResult result = sender().send(sms("Your bill INV-123 of Rs 570.00 is ready. -Bahi"));

        assertThat(result).isEqualTo(new SendResult.Sent("sms-7f3a"));
        provider.verify(postRequestedFor(urlEqualTo("/messages"))
                .withHeader("Authorization", equalTo("Bearer " + API_KEY))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"sender":"BAHIIN","to":"919876543210","text":"Your bill INV-123 of Rs 570.00 is ready. -Bahi",
                         "dltTemplateId":"1107161234567890123","principalEntityId":"1101456789012345678",
                         "unicode":false}""")));
    }

    @Test
    void hindi_text_is_sent_as_unicode_utf8() {
        provider.stubFor(post("/messages").willReturn(okJson("{\"messageId\":\"sms-hi\"}")));
        String hindi = "मीना जी, आपका ₹570.00 बकाया है। -Bahi";

        assertThat(sender().send(sms(hindi))).isEqualTo(new SendResult.Sent("sms-hi"));

        provider.verify(postRequestedFor(urlEqualTo("/messages")).withRequestBody(equalToJson("""
                {"sender":"BAHIIN","to":"919876543210","text":"मीना जी, आपका ₹570.00 बकाया है। -Bahi",
                 "dltTemplateId":"1107161234567890123","principalEntityId":"1101456789012345678",
                 "unicode":true}""")));
        byte[] raw = provider.getAllServeEvents().get(0).getRequest().getBody();
        assertThat(new String(raw, StandardCharsets.UTF_8)).contains(hindi);
    }

    @Test
    void a_rupee_sign_alone_makes_the_text_unicode() {
        assertThat(HttpSmsSender.unicode("Rs 570")).isFalse();
        assertThat(HttpSmsSender.unicode("₹570")).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 503})
    void a_server_error_is_retryable(int status) {
        provider.stubFor(post("/messages").willReturn(aResponse().withStatus(status)));

        SendResult result = sender().send(sms("Your bill is ready"));

        assertThat(result).isEqualTo(new SendResult.Failed("SMS_HTTP_" + status,
                "SMS provider answered HTTP " + status, true));
    }

    @Test
    void too_many_requests_is_retryable() {
        provider.stubFor(post("/messages").willReturn(aResponse().withStatus(429)
                .withBody("{\"error\":\"rate limit exceeded\"}")));

        SendResult result = sender().send(sms("Your bill is ready"));

        assertThat(result).isEqualTo(new SendResult.Failed("SMS_HTTP_429", "rate limit exceeded", true));
    }

    @Test
    void a_refused_sms_is_permanent_with_the_providers_reason() {
        provider.stubFor(post("/messages").willReturn(aResponse().withStatus(400)
                .withHeader("Content-Type", "application/json")
                .withBody("{\"error\":\"text does not match DLT template 1107161234567890123\"}")));

        SendResult result = sender().send(sms("Your bill is ready"));

        assertThat(result).isEqualTo(new SendResult.Failed("SMS_HTTP_400",
                "text does not match DLT template 1107161234567890123", false));
    }

    @Test
    void a_rejected_api_key_is_permanent() {
        provider.stubFor(post("/messages").willReturn(aResponse().withStatus(401)));

        SendResult result = sender().send(sms("Your bill is ready"));

        assertThat(result).isEqualTo(new SendResult.Failed("SMS_HTTP_401", "SMS provider answered HTTP 401", false));
    }

    @Test
    void an_answer_slower_than_the_read_timeout_is_a_retryable_timeout() {
        provider.stubFor(post("/messages").willReturn(okJson("{\"messageId\":\"late\"}").withFixedDelay(1_500)));

        SendResult result = sender(Duration.ofMillis(300)).send(sms("Your bill is ready"));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("SMS_TIMEOUT");
            assertThat(failed.retryable()).isTrue();
        });
    }

    @Test
    void an_unreachable_provider_is_retryable() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var sender = new HttpSmsSender("http://localhost:" + port, API_KEY, SENDER, ENTITY, Duration.ofSeconds(1),
                Duration.ofMillis(300), json);

        SendResult result = sender.send(sms("Your bill is ready"));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("SMS_UNREACHABLE");
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.reason()).doesNotContain(API_KEY);
        });
    }

    @Test
    void an_sms_without_dlt_template_is_refused_without_calling_the_provider() {
        var noTemplate = new OutboundMessage("n-1", "t-1", Channel.SMS, "+919876543210", "en", null, List.of(), null,
                null, "Your bill is ready", null);

        SendResult result = sender().send(noTemplate);

        assertThat(result).isEqualTo(new SendResult.Failed("SMS_DLT_TEMPLATE_MISSING",
                "no DLT template id for this SMS", false));
        provider.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void a_missing_setting_leaves_the_channel_not_configured() {
        var noEntity = new HttpSmsSender(provider.baseUrl(), API_KEY, SENDER, " ", Duration.ofSeconds(1),
                Duration.ofSeconds(1), json);
        var noKey = new HttpSmsSender(provider.baseUrl(), null, SENDER, ENTITY, Duration.ofSeconds(1),
                Duration.ofSeconds(1), json);
        var noUrl = new HttpSmsSender(null, API_KEY, SENDER, ENTITY, Duration.ofSeconds(1), Duration.ofSeconds(1),
                json);
        var noSender = new HttpSmsSender(provider.baseUrl(), API_KEY, "", ENTITY, Duration.ofSeconds(1),
                Duration.ofSeconds(1), json);

        assertThat(List.of(noEntity, noKey, noUrl, noSender)).noneMatch(HttpSmsSender::configured);
        assertThat(noKey.send(sms("Your bill is ready"))).isInstanceOf(SendResult.NotConfigured.class);
        provider.verify(0, anyRequestedFor(anyUrl()));
        assertThat(sender().configured()).isTrue();
        assertThat(sender().channel()).isEqualTo(Channel.SMS);
    }

    @Test
    void a_sender_id_that_is_not_a_six_character_header_fails_at_startup() {
        assertThatThrownBy(() -> new HttpSmsSender(provider.baseUrl(), API_KEY, "BAHI", ENTITY, Duration.ofSeconds(1),
                Duration.ofSeconds(1), json))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bahi.notifications.sms.sender-id")
                .hasMessageContaining("6-character");
        // unconfigured, the header is not checked: the platform starts without SMS
        assertThat(new HttpSmsSender(null, null, "BAHI", null, Duration.ofSeconds(1), Duration.ofSeconds(1), json)
                .configured()).isFalse();
    }

    private HttpSmsSender sender() {
        return sender(Duration.ofSeconds(5));
    }

    /** A fresh client each time, so no test inherits another's connections. */
    private HttpSmsSender sender(Duration readTimeout) {
        return new HttpSmsSender(provider.baseUrl() + "/", API_KEY, SENDER, ENTITY, Duration.ofSeconds(1),
                readTimeout, json);
    }

    private static OutboundMessage sms(String text) {
        return new OutboundMessage("n-1", "t-1", Channel.SMS, "+919876543210", "en", null, List.of(), TEMPLATE, null,
                text, null);
    }
}
