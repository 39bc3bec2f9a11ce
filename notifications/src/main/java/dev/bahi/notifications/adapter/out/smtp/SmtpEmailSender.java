package dev.bahi.notifications.adapter.out.smtp;

import dev.bahi.notifications.api.Channel;
import dev.bahi.notifications.application.port.out.ChannelSender;
import dev.bahi.notifications.application.port.out.OutboundMessage;
import dev.bahi.notifications.application.port.out.SendResult;
import jakarta.activation.DataHandler;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailAuthenticationException;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends plain-text UTF-8 email over SMTP through Spring's {@link JavaMailSender}, with the message's PDF attached.
 * Spring Boot creates the mail sender only when {@code spring.mail.host} is set; without one the channel is not
 * configured. The provider message id is the {@code Message-ID} header the mail got when it was sent.
 */
public final class SmtpEmailSender implements ChannelSender {
    static final String PDF = "application/pdf";
    private static final String DEFAULT_FILE_NAME = "document.pdf";

    private final ObjectProvider<JavaMailSender> mail;
    private final InternetAddress from;

    /** @throws IllegalStateException when {@code from} is not an email address */
    public SmtpEmailSender(ObjectProvider<JavaMailSender> mail, String from) {
        this.mail = mail;
        try {
            this.from = address(from);
        } catch (AddressException e) {
            throw new IllegalStateException("bahi.notifications.email.from is not an email address: '" + from + "'",
                    e);
        }
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public boolean configured() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public SendResult send(OutboundMessage message) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return new SendResult.NotConfigured("email needs an SMTP server: spring.mail.host");
        }
        InternetAddress to;
        try {
            to = address(message.to());
        } catch (AddressException e) {
            return new SendResult.Failed("EMAIL_ADDRESS_INVALID", "not an email address: " + message.to(), false);
        }
        MimeMessage mime = sender.createMimeMessage();
        try {
            compose(mime, to, message);
        } catch (MessagingException e) {
            return new SendResult.Failed("EMAIL_INVALID", "the email could not be composed: " + e.getMessage(), false);
        }
        try {
            sender.send(mime);
        } catch (MailException e) {
            return failed(e);
        }
        return new SendResult.Sent(messageId(mime));
    }

    private void compose(MimeMessage mime, InternetAddress to, OutboundMessage message) throws MessagingException {
        OutboundMessage.Document document = message.document();
        boolean attach = document != null && document.content() != null && document.content().length > 0;
        MimeMessageHelper helper = new MimeMessageHelper(mime, attach, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(message.subject() == null ? "" : message.subject());
        helper.setText(message.text() == null ? "" : message.text(), false);
        if (attach) {
            String fileName = document.fileName() == null || document.fileName().isBlank()
                    ? DEFAULT_FILE_NAME : document.fileName();
            helper.getRootMimeMultipart().addBodyPart(attachment(fileName, document.content()));
        }
    }

    private static MimeBodyPart attachment(String fileName, byte[] content) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setDataHandler(new DataHandler(new ByteArrayDataSource(content, PDF)));
        part.setDisposition(Part.ATTACHMENT);
        part.setFileName(fileName);
        // always base64: left to itself JavaMail sends a PDF that happens to be ASCII as 7bit, and SMTP turns its
        // bare line feeds into CRLF, which breaks the PDF's byte offsets
        part.setHeader("Content-Transfer-Encoding", "base64");
        return part;
    }

    /** Sorts what the SMTP server or the way to it said: only connection trouble may pass by itself. */
    static SendResult.Failed failed(MailException e) {
        if (e instanceof MailAuthenticationException) {
            return new SendResult.Failed("EMAIL_AUTH_FAILED", "the SMTP server refused the credentials", false);
        }
        List<Throwable> causes = causes(e);
        for (Throwable cause : causes) {
            if (cause instanceof SendFailedException refused && refused.getInvalidAddresses() != null
                    && refused.getInvalidAddresses().length > 0) {
                return new SendResult.Failed("EMAIL_ADDRESS_INVALID", "the SMTP server refused the recipient: "
                        + refused.getMessage(), false);
            }
        }
        if (causes.stream().anyMatch(IOException.class::isInstance)) {
            return new SendResult.Failed("EMAIL_UNREACHABLE", "SMTP server not reachable: " + e.getMessage(), true);
        }
        if (e instanceof MailSendException) {
            // refused for another reason (a full mailbox, greylisting): the retry policy caps the attempts
            return new SendResult.Failed("EMAIL_REJECTED", "the SMTP server refused the email: " + e.getMessage(),
                    true);
        }
        return new SendResult.Failed("EMAIL_INVALID", "the email could not be sent: " + e.getMessage(), false);
    }

    /** The exception, its causes, and for a failed send the exception of each message with their causes. */
    private static List<Throwable> causes(MailException e) {
        List<Throwable> roots = new ArrayList<>(List.of(e));
        if (e instanceof MailSendException send) {
            roots.addAll(List.of(send.getMessageExceptions()));
        }
        List<Throwable> all = new ArrayList<>();
        for (Throwable root : roots) {
            for (Throwable t = root; t != null && !all.contains(t); t = t.getCause()) {
                all.add(t);
            }
        }
        return all;
    }

    private static InternetAddress address(String value) throws AddressException {
        if (value == null || value.isBlank()) {
            throw new AddressException("no address");
        }
        InternetAddress address = new InternetAddress(value.trim(), true);
        address.validate();
        // a bare local name is valid RFC 822 but never reaches anybody outside this host
        if (!address.getAddress().contains("@")) {
            throw new AddressException("no domain", value);
        }
        return address;
    }

    private static String messageId(MimeMessage sent) {
        try {
            // sending saved the message, which gave it a Message-ID
            return sent.getMessageID();
        } catch (MessagingException e) {
            return null;
        }
    }
}
