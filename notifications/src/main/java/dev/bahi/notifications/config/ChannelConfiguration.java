package dev.bahi.notifications.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.bahi.notifications.adapter.out.sms.HttpSmsSender;
import dev.bahi.notifications.adapter.out.smtp.SmtpEmailSender;
import dev.bahi.notifications.adapter.out.whatsapp.WhatsAppCloudSender;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * The channels' senders, one {@link dev.bahi.notifications.application.port.out.ChannelSender} bean each. They are
 * always present; a channel without its settings reports {@code configured() == false} instead of being left out.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationChannelProperties.class)
public class ChannelConfiguration {

    @Bean
    WhatsAppCloudSender whatsAppCloudSender(NotificationChannelProperties properties, ObjectMapper json) {
        NotificationChannelProperties.WhatsApp whatsapp = properties.whatsapp();
        NotificationChannelProperties.Http http = properties.http();
        return new WhatsAppCloudSender(whatsapp.baseUrl(), whatsapp.accessToken(), whatsapp.phoneNumberId(),
                http.connectTimeout(), http.readTimeout(), json);
    }

    @Bean
    HttpSmsSender httpSmsSender(NotificationChannelProperties properties, ObjectMapper json) {
        NotificationChannelProperties.Sms sms = properties.sms();
        NotificationChannelProperties.Http http = properties.http();
        return new HttpSmsSender(sms.baseUrl(), sms.apiKey(), sms.senderId(), sms.principalEntityId(),
                http.connectTimeout(), http.readTimeout(), json);
    }

    @Bean
    SmtpEmailSender smtpEmailSender(NotificationChannelProperties properties, ObjectProvider<JavaMailSender> mail) {
        return new SmtpEmailSender(mail, properties.email().from());
    }
}
