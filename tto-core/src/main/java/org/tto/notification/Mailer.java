package org.tto.notification;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends notification e-mails through Spring Mail. Without {@code spring.mail.host} (the embedded default) nothing is
 * sent and the message is only logged; callers record every notification on the case or plan either way, so the
 * record is the source of truth and the e-mail a courtesy.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    public Mailer(ObjectProvider<JavaMailSender> sender, @Value("${tto.mail.from:tto@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    /** What happened to one message: sent, skipped (no mail server configured) or failed (with the reason). */
    public record Outcome(Status status, String detail) {
        public enum Status { SENT, SKIPPED, FAILED }
    }

    public Outcome send(Collection<String> to, String subject, String body) {
        List<String> recipients = to.stream().filter(Objects::nonNull).filter(a -> !a.isBlank()).toList();
        if (recipients.isEmpty()) {
            return new Outcome(Outcome.Status.SKIPPED, "no recipient has an e-mail address");
        }
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("Mail not configured; would send '{}' to {}", subject, recipients);
            return new Outcome(Outcome.Status.SKIPPED, "no mail server configured (spring.mail.host)");
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(recipients.toArray(String[]::new));
        message.setSubject(subject);
        message.setText(body);
        try {
            mail.send(message);
            return new Outcome(Outcome.Status.SENT, "sent to " + String.join(", ", recipients));
        } catch (MailException e) {
            log.warn("Could not send '{}' to {}: {}", subject, recipients, e.getMessage());
            return new Outcome(Outcome.Status.FAILED, e.getMessage());
        }
    }
}
