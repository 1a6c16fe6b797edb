package org.tto.notification;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactional outbox behind {@link Mailer}. A message is a row written in the transaction of the change that
 * owes it: a rollback leaves no notice for something that never happened, and an SMTP outage fails nothing. After
 * the commit the message is sent on a background thread; what could not be sent is retried with growing back-off
 * by {@link MailOutboxWorker}, on whichever node claims the row first (a conditional update, so two nodes never send
 * the same row at once). Delivery is at least once: a crash between sending and marking the row sent re-sends it,
 * with the same Message-ID, so that the recipient's client recognises the duplicate.
 */
@Component
public class MailOutbox {

    private static final Logger log = LoggerFactory.getLogger(MailOutbox.class);

    /** After this many attempts (about a day and a half of back-off) the message is given up and logged. */
    static final int MAX_ATTEMPTS = 20;
    private static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    private static final Duration LONGEST_RETRY = Duration.ofHours(2);
    /** How long a node holds a row it is sending; longer than the SMTP timeouts of application.yml. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BODY_LIMIT = 8000;

    private final JdbcTemplate jdbc;
    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final Clock clock;
    private final TransactionTemplate ownTransaction;
    private final ExecutorService afterCommit = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "mail-outbox");
        thread.setDaemon(true);
        return thread;
    });

    public MailOutbox(JdbcTemplate jdbc, ObjectProvider<JavaMailSender> sender,
            @Value("${tto.mail.from:tto@localhost}") String from, Clock clock, PlatformTransactionManager tx) {
        this.jdbc = jdbc;
        this.sender = sender;
        this.from = from;
        this.clock = clock;
        this.ownTransaction = new TransactionTemplate(tx);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** A message as the outbox holds it. */
    public record Message(long id, String messageId, List<String> recipients, String subject, String body,
            String status, int attempts, Optional<String> lastError) {}

    /**
     * Writes the message in the caller's transaction (or at once, outside one) and schedules its sending for after
     * the commit. Returns the message's Message-ID.
     */
    public String enqueue(List<String> recipients, String subject, String body) {
        String messageId = "<" + UUID.randomUUID() + "." + "tto@" + domainOf(from) + ">";
        Timestamp now = Timestamp.from(clock.instant());
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement insert = connection.prepareStatement("INSERT INTO mail_outbox (message_id, recipients,"
                    + " subject, body, status, attempts, created_at, next_attempt_at) VALUES (?, ?, ?, ?, 'PENDING', 0,"
                    + " ?, ?)", Statement.RETURN_GENERATED_KEYS);
            insert.setString(1, messageId);
            insert.setString(2, String.join(",", recipients));
            insert.setString(3, subject.length() > 1000 ? subject.substring(0, 1000) : subject);
            insert.setString(4, body.length() > BODY_LIMIT ? body.substring(0, BODY_LIMIT - 20) + "\n[...]" : body);
            insert.setTimestamp(5, now);
            insert.setTimestamp(6, now);
            return insert;
        }, key);
        long id = Objects.requireNonNull(key.getKey()).longValue();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    sendSoon(id);
                }
            });
        } else {
            sendSoon(id);
        }
        return messageId;
    }

    /** Sends every message that is due now; the worker calls it, and so can a test with its own time. */
    public int deliverDue() {
        return deliverDue(clock.instant());
    }

    int deliverDue(Instant now) {
        List<Long> due = jdbc.queryForList("SELECT id FROM mail_outbox WHERE status = 'PENDING' AND next_attempt_at"
                + " <= ? ORDER BY id", Long.class, Timestamp.from(now));
        int sent = 0;
        for (long id : due.subList(0, Math.min(due.size(), 200))) {
            if (deliver(id, now)) {
                sent++;
            }
        }
        return sent;
    }

    public Optional<Message> find(String messageId) {
        return read("message_id", messageId);
    }

    private Optional<Message> read(String column, Object value) {
        return jdbc.query("SELECT * FROM mail_outbox WHERE " + column + " = ?", (row, n) -> new Message(
                row.getLong("id"), row.getString("message_id"), Arrays.asList(row.getString("recipients").split(",")),
                row.getString("subject"), row.getString("body"), row.getString("status"), row.getInt("attempts"),
                Optional.ofNullable(row.getString("last_error"))), value).stream().findFirst();
    }

    private void sendSoon(long id) {
        try {
            afterCommit.execute(() -> deliver(id, clock.instant()));
        } catch (RejectedExecutionException shuttingDown) {
            log.info("Mail {} left to the outbox worker: shutting down", id);
        }
    }

    /** Claims the row, sends it and records the result. False when somebody else holds it or it is not due. */
    boolean deliver(long id, Instant now) {
        Integer claimed = ownTransaction.execute(status -> jdbc.update("UPDATE mail_outbox SET claimed_until = ?,"
                + " attempts = attempts + 1 WHERE id = ? AND status = 'PENDING' AND next_attempt_at <= ?"
                + " AND (claimed_until IS NULL OR claimed_until < ?)", Timestamp.from(now.plus(LEASE)), id,
                Timestamp.from(now), Timestamp.from(now)));
        if (claimed == null || claimed == 0) {
            return false;
        }
        Message message = read("id", id).orElseThrow();
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            log.info("Mail not configured; would send '{}' to {}", message.subject(), message.recipients());
            mark(id, "NOT_CONFIGURED", null, now, null);
            return false;
        }
        try {
            mail.send(mime(mail, message));
            mark(id, "SENT", now, now, null);
            return true;
        } catch (MailException | MessagingException e) {
            boolean giveUp = message.attempts() >= MAX_ATTEMPTS;
            String reason = String.valueOf(e.getMessage());
            if (giveUp) {
                log.error("Giving up mail {} '{}' to {} after {} attempts: {}", message.messageId(),
                        message.subject(), message.recipients(), message.attempts(), reason);
            } else {
                log.warn("Could not send mail {} (attempt {}), will retry: {}", message.messageId(),
                        message.attempts(), reason);
            }
            mark(id, giveUp ? "GAVE_UP" : "PENDING", null, now.plus(backoff(message.attempts())),
                    reason.length() > 1000 ? reason.substring(0, 1000) : reason);
            return false;
        }
    }

    /** 30 s after the first failure, doubling, at most two hours apart. */
    static Duration backoff(int attempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_RETRY) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }

    private void mark(long id, String status, Instant sentAt, Instant nextAttempt, String error) {
        ownTransaction.executeWithoutResult(tx -> jdbc.update("UPDATE mail_outbox SET status = ?, sent_at = ?,"
                + " next_attempt_at = ?, last_error = ?, claimed_until = NULL WHERE id = ?", status,
                sentAt == null ? null : Timestamp.from(sentAt), Timestamp.from(nextAttempt), error, id));
    }

    private MimeMessage mime(JavaMailSender mail, Message message) throws MessagingException {
        Session session = mail instanceof JavaMailSenderImpl impl ? impl.getSession()
                : Session.getInstance(new Properties());
        MimeMessage mime = new FixedIdMessage(session, message.messageId());
        MimeMessageHelper helper = new MimeMessageHelper(mime, "UTF-8");
        helper.setFrom(from);
        helper.setTo(message.recipients().toArray(String[]::new));
        helper.setSubject(message.subject());
        helper.setText(message.body());
        return mime;
    }

    private static String domainOf(String address) {
        int at = address.lastIndexOf('@');
        String domain = at < 0 ? "localhost" : address.substring(at + 1).replaceAll("[^A-Za-z0-9.-]", "");
        return domain.isEmpty() ? "localhost" : domain;
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdown();
    }

    /** A message whose Message-ID is the outbox's, not one JavaMail makes up at each send. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
