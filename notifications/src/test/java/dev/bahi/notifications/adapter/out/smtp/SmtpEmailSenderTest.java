package dev.bahi.notifications.adapter.out.smtp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.application.port.out.OutboundMessage;
import dev.bahi.notifications.application.port.out.SendResult;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

class SmtpEmailSenderTest {
    private static final String FROM = "bills@bahi.test";
    private static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("shop@bahi.test", "shop", "secret"));

    @Test
    void an_email_with_its_pdf_is_sent_and_answers_the_message_id() throws Exception {
        var invoice = new OutboundMessage.Document(null, "INV-123.pdf", PDF);

        SendResult result = sender(mailSender()).send(email("meena@example.com", "Invoice INV-123",
                "Your bill of Rs 570.00 is attached.", invoice));

        MimeMessage received = single();
        assertThat(result).isEqualTo(new SendResult.Sent(received.getMessageID()));
        assertThat(received.getMessageID()).isNotBlank();
        assertThat(received.getFrom()).containsExactly(new InternetAddress(FROM));
        assertThat(received.getAllRecipients()).containsExactly(new InternetAddress("meena@example.com"));
        assertThat(received.getSubject()).isEqualTo("Invoice INV-123");
        List<Part> parts = leaves(received);
        Part text = parts.stream().filter(p -> isMime(p, "text/plain")).findFirst().orElseThrow();
        assertThat(text.getContent()).isEqualTo("Your bill of Rs 570.00 is attached.");
        Part pdf = parts.stream().filter(p -> Part.ATTACHMENT.equalsIgnoreCase(disposition(p))).findFirst()
                .orElseThrow();
        assertThat(pdf.getFileName()).isEqualTo("INV-123.pdf");
        assertThat(pdf.isMimeType("application/pdf")).isTrue();
        try (InputStream in = pdf.getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(PDF);
        }
    }

    @Test
    void an_email_without_document_is_plain_text() throws Exception {
        SendResult result = sender(mailSender()).send(email("meena@example.com", "Reminder", "Please pay.", null));

        assertThat(result).isInstanceOf(SendResult.Sent.class);
        MimeMessage received = single();
        assertThat(received.isMimeType("text/plain")).isTrue();
        assertThat(received.getContent()).isEqualTo("Please pay.");
    }

    @Test
    void hindi_subject_and_body_arrive_intact() throws Exception {
        String subject = "बिल INV-123 तैयार है";
        String body = "मीना जी, आपका ₹570.00 का बिल संलग्न है।";

        assertThat(sender(mailSender()).send(email("meena@example.com", subject, body, null)))
                .isInstanceOf(SendResult.Sent.class);

        MimeMessage received = single();
        assertThat(received.getSubject()).isEqualTo(subject);
        assertThat(received.getContent()).isEqualTo(body);
        assertThat(received.getContentType()).containsIgnoringCase("charset=UTF-8");
    }

    @Test
    void an_invalid_recipient_address_is_permanent() {
        SendResult result = sender(mailSender()).send(email("meena at example", "Reminder", "Please pay.", null));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("EMAIL_ADDRESS_INVALID");
            assertThat(failed.retryable()).isFalse();
        });
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void refused_credentials_are_permanent() {
        JavaMailSenderImpl mail = mailSender();
        mail.setUsername("shop");
        mail.setPassword("wrong");
        mail.getJavaMailProperties().put("mail.smtp.auth", "true");

        SendResult result = sender(mail).send(email("meena@example.com", "Reminder", "Please pay.", null));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("EMAIL_AUTH_FAILED");
            assertThat(failed.retryable()).isFalse();
            assertThat(failed.reason()).doesNotContain("wrong");
        });
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void an_smtp_server_that_is_not_running_is_retryable() throws IOException {
        JavaMailSenderImpl mail = mailSender();
        try (ServerSocket socket = new ServerSocket(0)) {
            mail.setPort(socket.getLocalPort());
        }

        SendResult result = sender(mail).send(email("meena@example.com", "Reminder", "Please pay.", null));

        assertThat(result).isInstanceOfSatisfying(SendResult.Failed.class, failed -> {
            assertThat(failed.code()).isEqualTo("EMAIL_UNREACHABLE");
            assertThat(failed.retryable()).isTrue();
        });
    }

    @Test
    void without_a_mail_sender_it_is_not_configured() {
        var sender = new SmtpEmailSender(new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class), FROM);

        assertThat(sender.configured()).isFalse();
        assertThat(sender.send(email("meena@example.com", "Reminder", "Please pay.", null)))
                .isInstanceOf(SendResult.NotConfigured.class);
        assertThat(sender(mailSender()).configured()).isTrue();
        assertThat(sender.channel()).isEqualTo(Channel.EMAIL);
    }

    @Test
    void a_from_that_is_not_an_address_fails_at_startup() {
        ObjectProvider<JavaMailSender> none = new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class);

        assertThatThrownBy(() -> new SmtpEmailSender(none, "bahi notifications"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("bahi.notifications.email.from");
    }

    private static JavaMailSenderImpl mailSender() {
        var mail = new JavaMailSenderImpl();
        mail.setHost("localhost");
        mail.setPort(smtp.getSmtp().getPort());
        Properties properties = mail.getJavaMailProperties();
        properties.put("mail.smtp.connectiontimeout", "2000");
        properties.put("mail.smtp.timeout", "2000");
        return mail;
    }

    private static SmtpEmailSender sender(JavaMailSender mail) {
        return new SmtpEmailSender(new StaticListableBeanFactory(Map.of("mailSender", mail))
                .getBeanProvider(JavaMailSender.class), FROM);
    }

    private static OutboundMessage email(String to, String subject, String text, OutboundMessage.Document document) {
        return new OutboundMessage("n-1", "t-1", Channel.EMAIL, to, "en", null, List.of(), null, subject, text,
                document);
    }

    private static MimeMessage single() {
        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        return received[0];
    }

    private static List<Part> leaves(Part part) throws Exception {
        List<Part> leaves = new ArrayList<>();
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                leaves.addAll(leaves(child));
            }
        } else {
            leaves.add(part);
        }
        return leaves;
    }

    private static boolean isMime(Part part, String type) {
        try {
            return part.isMimeType(type);
        } catch (Exception e) {
            return false;
        }
    }

    private static String disposition(Part part) {
        try {
            return part.getDisposition();
        } catch (Exception e) {
            return null;
        }
    }
}
