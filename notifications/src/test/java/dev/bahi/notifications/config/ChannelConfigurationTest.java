package dev.bahi.notifications.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.bahi.notifications.adapter.out.sms.HttpSmsSender;
import dev.bahi.notifications.adapter.out.smtp.SmtpEmailSender;
import dev.bahi.notifications.adapter.out.whatsapp.WhatsAppCloudSender;
import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.application.port.out.ChannelSender;
import java.time.Duration;
import java.util.Collection;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ChannelConfigurationTest {
    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, MailSenderAutoConfiguration.class))
            .withUserConfiguration(ChannelConfiguration.class);

    @Test
    void without_any_property_the_context_starts_and_no_channel_is_configured() {
        context.run(started -> {
            assertThat(started).hasNotFailed()
                    .hasSingleBean(WhatsAppCloudSender.class)
                    .hasSingleBean(HttpSmsSender.class)
                    .hasSingleBean(SmtpEmailSender.class);
            Collection<ChannelSender> senders = started.getBeansOfType(ChannelSender.class).values();
            assertThat(senders).extracting(ChannelSender::channel)
                    .containsExactlyInAnyOrder(Channel.WHATSAPP, Channel.SMS, Channel.EMAIL);
            assertThat(senders).noneMatch(ChannelSender::configured);

            NotificationChannelProperties properties = started.getBean(NotificationChannelProperties.class);
            assertThat(properties.whatsapp().baseUrl()).isEqualTo("https://graph.facebook.com/v21.0");
            assertThat(properties.whatsapp().appSecret()).isNull();
            assertThat(properties.whatsapp().verifyToken()).isNull();
            assertThat(properties.email().from()).isEqualTo("bahi@localhost");
            assertThat(properties.http().connectTimeout()).isEqualTo(Duration.ofSeconds(3));
            assertThat(properties.http().readTimeout()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void with_their_properties_every_channel_is_configured() {
        context.withPropertyValues(
                        "bahi.notifications.whatsapp.access-token=EAAG-token",
                        "bahi.notifications.whatsapp.phone-number-id=106540352242922",
                        "bahi.notifications.whatsapp.app-secret=app-secret",
                        "bahi.notifications.whatsapp.verify-token=verify-me",
                        "bahi.notifications.sms.base-url=https://sms.example/api",
                        "bahi.notifications.sms.api-key=sms-key",
                        "bahi.notifications.sms.sender-id=BAHIIN",
                        "bahi.notifications.sms.principal-entity-id=1101456789012345678",
                        "bahi.notifications.email.from=bills@bahi.test",
                        "bahi.notifications.http.connect-timeout=500ms",
                        "bahi.notifications.http.read-timeout=2s",
                        "spring.mail.host=localhost",
                        // the delivery settings share the prefix; these records ignore them
                        "bahi.notifications.sms.dlt-templates.INVOICE=1107161234567890123",
                        "bahi.notifications.retry.max-attempts=3")
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    assertThat(started.getBeansOfType(ChannelSender.class).values())
                            .hasSize(3)
                            .allMatch(ChannelSender::configured);

                    NotificationChannelProperties properties = started.getBean(NotificationChannelProperties.class);
                    assertThat(properties.whatsapp().appSecret()).isEqualTo("app-secret");
                    assertThat(properties.whatsapp().verifyToken()).isEqualTo("verify-me");
                    assertThat(properties.http().connectTimeout()).isEqualTo(Duration.ofMillis(500));
                    assertThat(properties.http().readTimeout()).isEqualTo(Duration.ofSeconds(2));
                    assertThat(properties.toString()).doesNotContain("EAAG-token", "sms-key", "app-secret",
                            "verify-me");
                });
    }

    @Test
    void an_sms_sender_id_that_is_not_six_characters_stops_the_start() {
        context.withPropertyValues(
                        "bahi.notifications.sms.base-url=https://sms.example/api",
                        "bahi.notifications.sms.api-key=sms-key",
                        "bahi.notifications.sms.sender-id=BAHI",
                        "bahi.notifications.sms.principal-entity-id=1101456789012345678")
                .run(started -> assertThat(started).hasFailed().getFailure()
                        .rootCause()
                        .isInstanceOf(IllegalStateException.class)
                        .hasMessageContaining("bahi.notifications.sms.sender-id"));
    }
}
