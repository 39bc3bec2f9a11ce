package dev.bahi.notifications.adapter.out.whatsapp;

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

class WhatsAppCloudSenderTest {
    private static final String TOKEN = "EAAG-test-token";
    private static final String PHONE_NUMBER_ID = "106540352242922";
    private static final String PATH = "/v21.0/" + PHONE_NUMBER_ID + "/messages";
    private static final String ACCEPTED = """
            {"messaging_product":"whatsapp","contacts":[{"input":"919876543210","wa_id":"919876543210"}],
             "messages":[{"id":"wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSMEYz"}]}""";

    @RegisterExtension
    static WireMockExtension meta = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_template_message_is_sent_and_answers_metas_message_id() {
        meta.stubFor(post(PATH).willReturn(okJson(ACCEPTED)));

        SendResult result = sender().send(message(List.of("Meena", "₹570.00"), null));

        assertThat(result).isEqualTo(new SendResult.Sent("wamid.HBgMOTE5ODc2NTQzMjEwFQIAERgSMEYz"));
        meta.verify(postRequestedFor(urlEqualTo(PATH))
                .withHeader("Authorization", equalTo("Bearer " + TOKEN))
                .withHeader("Content-Type", equalTo("application/json"))
                .withRequestBody(equalToJson("""
                        {"messaging_product":"whatsapp","to":"919876543210","type":"template",
                         "template":{"name":"payment_reminder","language":{"code":"en"},"components":[
                          {"type":"body","parameters":[{"type":"text","text":"Meena"},
                                                       {"type":"text","text":"₹570.00"}]}]}}""")));
    }

    @Test
    void a_document_becomes_the_templates_document_header() {
        meta.stubFor(post(PATH).willReturn(okJson(ACCEPTED)));
        var invoice = new OutboundMessage.Document("https://bahi.example/d/INV-123.pdf?sig=abc", "INV-123.pdf", null);

        SendResult result = sender().send(message(List.of("₹10,822.00"), invoice));

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        meta.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"messaging_product":"whatsapp","to":"919876543210","type":"template",
                 "template":{"name":"payment_reminder","language":{"code":"en"},"components":[
                  {"type":"header","parameters":[{"type":"document","document":{
                     "link":"https://bahi.example/d/INV-123.pdf?sig=abc","filename":"INV-123.pdf"}}]},
                  {"type":"body","parameters":[{"type":"text","text":"₹10,822.00"}]}]}}""")));
    }

    @Test
    void a_template_without_parameters_has_no_body_component() {
        meta.stubFor(post(PATH).willReturn(okJson(ACCEPTED)));

        sender().send(message(List.of(), null));

        meta.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"messaging_product":"whatsapp","to":"919876543210","type":"template",
                 "template":{"name":"payment_reminder","language":{"code":"en"}}}""")));
    }

    @Test
    void hindi_parameters_arrive_as_utf8() {
        meta.stubFor(post(PATH).willReturn(okJson(ACCEPTED)));
        var hindi = new OutboundMessage("n-1", "t-1", Channel.WHATSAPP, "+919876543210", "hi", "payment_reminder",
                List.of("मीना जी", "₹५७०"), null, null, null, null);

        assertThat(sender().send(hindi)).isInstanceOf(SendResult.Sent.class);

        meta.verify(postRequestedFor(urlEqualTo(PATH)).withRequestBody(equalToJson("""
                {"messaging_product":"whatsapp","to":"919876543210","type":"template",
                 "template":{"name":"payment_reminder","language":{"code":"hi"},"components":[
                  {"type":"body","parameters":[{"type":"text","text":"मीना जी"},{"type":"text","text":"₹५७०"}]}]}}""")));
        byte[] raw = meta.getAllServeEvents().get(0).getRequest().getBody();
        assertThat(new String(raw, StandardCharsets.UTF_8)).contains("मीना जी");
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503})
    void a_server_error_is_retryable(int status) {
        meta.stubFor(post(PATH).willReturn(aResponse().withStatus(status).withBody("<html>unavailable</html>")));

        SendResult result = sender().send(message(List.of("Meena"), null));

        assertThat(result).isEqualTo(new SendResult.Failed("WHATSAPP_HTTP_" + status,
                "WhatsApp Cloud API answered HTTP " + status, true));
    }

    @Test
    void too_many_requests_is_retryable() {
        meta.stubFor(post(PATH).willReturn(aResponse().withStatus(429).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error":{"message":"(#80007) Rate limit hit","type":"OAuthException","code":80007,
                                  "fbtrace_id":"AbCd"}}""")));

        SendResult result = sender().send(message(List.of("Meena"), null));

        assertThat(result).isEqualTo(new SendResult.Failed("WHATSAPP_80007", "(#80007) Rate limit hit", true));
    }

    @Test
    void metas_throttling_code_is_retryable_even_on_a_bad_request() {
        meta.stubFor(post(PATH).willReturn(aResponse().withStatus(400).withBody("""
                {"error":{"message":"(#130429) Rate limit hit","type":"OAuthException","code":130429,
                          "error_subcode":2494055,"fbtrace_id":"AbCd"}}""")));

        SendResult result = sender().send(message(List.of("Meena"), null));

        assertThat(result).isEqualTo(new SendResult.Failed("WHATSAPP_130429", "(#130429) Rate limit hit", true));
    }

    @Test
    void an_answer_slower_than_the_read_timeout_is_a_retryable_timeout() {
        meta.stubFor(post(PATH).willReturn(okJson(ACCEPTED).withFixedDelay(1_500)));

        SendResult result = sender(Duration.ofMillis(300)).send(message(List.of("Meena"), null));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("WHATSAPP_TIMEOUT");
            assertThat(failed.retryable()).isTrue();
        });
    }

    @Test
    void an_undeliverable_message_is_permanent_with_metas_reason() {
        meta.stubFor(post(PATH).willReturn(aResponse().withStatus(400).withHeader("Content-Type", "application/json")
                .withBody("""
                        {"error":{"message":"Message Undeliverable.","type":"OAuthException","code":131026,
                                  "error_data":{"messaging_product":"whatsapp","details":"Message Undeliverable."},
                                  "fbtrace_id":"Az8or2yhqkZfEZ-_4Qn_Bam"}}""")));

        SendResult result = sender().send(message(List.of("Meena"), null));

        assertThat(result).isEqualTo(new SendResult.Failed("WHATSAPP_131026", "Message Undeliverable.", false));
    }

    @Test
    void an_expired_token_is_permanent() {
        meta.stubFor(post(PATH).willReturn(aResponse().withStatus(401).withBody("""
                {"error":{"message":"Error validating access token: Session has expired.","type":"OAuthException",
                          "code":190,"error_subcode":463,"fbtrace_id":"AbCd"}}""")));

        SendResult result = sender().send(message(List.of("Meena"), null));

        assertThat(result).isEqualTo(new SendResult.Failed("WHATSAPP_190",
                "Error validating access token: Session has expired.", false));
    }

    @Test
    void a_template_that_does_not_exist_is_permanent() {
        meta.stubFor(post(PATH).willReturn(aResponse().withStatus(404).withBody("""
                {"error":{"message":"(#132001) Template name does not exist in the translation","type":"OAuthException",
                          "code":132001,"fbtrace_id":"AbCd"}}""")));

        SendResult result = sender().send(message(List.of("Meena"), null));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("WHATSAPP_132001");
            assertThat(failed.retryable()).isFalse();
        });
    }

    @Test
    void an_unreachable_server_is_retryable() throws IOException {
        var sender = new WhatsAppCloudSender("http://localhost:" + closedPort() + "/v21.0", TOKEN, PHONE_NUMBER_ID,
                Duration.ofSeconds(1), Duration.ofMillis(300), json);

        SendResult result = sender.send(message(List.of("Meena"), null));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("WHATSAPP_UNREACHABLE");
            assertThat(failed.retryable()).isTrue();
            assertThat(failed.reason()).doesNotContain(TOKEN);
        });
    }

    @Test
    void a_message_without_template_is_refused_without_calling_meta() {
        var noTemplate = new OutboundMessage("n-1", "t-1", Channel.WHATSAPP, "+919876543210", "en", null,
                List.of("Meena"), null, null, null, null);

        SendResult result = sender().send(noTemplate);

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("WHATSAPP_TEMPLATE_MISSING");
            assertThat(failed.retryable()).isFalse();
        });
        meta.verify(0, anyRequestedFor(anyUrl()));
    }

    @Test
    void without_token_or_phone_number_id_it_is_not_configured_and_calls_nobody() {
        var noToken = new WhatsAppCloudSender(meta.baseUrl(), " ", PHONE_NUMBER_ID, Duration.ofSeconds(1),
                Duration.ofSeconds(1), json);
        var noPhoneNumber = new WhatsAppCloudSender(meta.baseUrl(), TOKEN, null, Duration.ofSeconds(1),
                Duration.ofSeconds(1), json);

        assertThat(noToken.configured()).isFalse();
        assertThat(noPhoneNumber.configured()).isFalse();
        assertThat(noToken.send(message(List.of("Meena"), null))).isInstanceOf(SendResult.NotConfigured.class);
        meta.verify(0, anyRequestedFor(anyUrl()));
        assertThat(sender().configured()).isTrue();
        assertThat(sender().channel()).isEqualTo(Channel.WHATSAPP);
    }

    private WhatsAppCloudSender sender() {
        return sender(Duration.ofSeconds(5));
    }

    /** A fresh client each time, so no test inherits another's connections. */
    private WhatsAppCloudSender sender(Duration readTimeout) {
        return new WhatsAppCloudSender(meta.baseUrl() + "/v21.0/", TOKEN, PHONE_NUMBER_ID, Duration.ofSeconds(1),
                readTimeout, json);
    }

    private static OutboundMessage message(List<String> parameters, OutboundMessage.Document document) {
        return new OutboundMessage("n-1", "t-1", Channel.WHATSAPP, "+919876543210", "en", "payment_reminder",
                parameters, null, null, null, document);
    }

    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
