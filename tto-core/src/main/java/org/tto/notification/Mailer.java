package org.tto.notification;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * Sends notification e-mails. A message is queued in the caller's transaction ({@link MailOutbox}) and sent after the
 * commit, retried while the mail server is away; without {@code spring.mail.host} (the embedded default) it is only
 * logged. Callers record every notification on the case or plan either way, so the record is the source of truth and
 * the e-mail a courtesy.
 */
@Component
public class Mailer {

    private final MailOutbox outbox;

    public Mailer(MailOutbox outbox) {
        this.outbox = outbox;
    }

    /** What happened to one message: queued for sending after the commit, or skipped (nobody to send it to). */
    public record Outcome(Status status, String detail) {
        public enum Status { QUEUED, SKIPPED }
    }

    public Outcome send(Collection<String> to, String subject, String body) {
        List<String> recipients = to.stream().filter(Objects::nonNull).filter(a -> !a.isBlank()).toList();
        if (recipients.isEmpty()) {
            return new Outcome(Outcome.Status.SKIPPED, "no recipient has an e-mail address");
        }
        String messageId = outbox.enqueue(recipients, subject, body);
        return new Outcome(Outcome.Status.QUEUED, "to " + String.join(", ", recipients) + " as " + messageId);
    }
}
