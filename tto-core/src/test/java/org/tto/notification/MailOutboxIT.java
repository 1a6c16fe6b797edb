package org.tto.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import org.tto.CoreTestApplication;
import org.tto.plan.PlanTransitions;
import org.tto.testsupport.MariaDbInitializer;

/**
 * R7, the mail outage, in small: notices owed while the mail server is down all arrive once it is back, none twice;
 * a rolled-back change owes no notice; a message re-sent after a crash carries the same Message-ID. The mail server
 * is this test's own GreenMail on a port of its own, started and stopped by the test.
 */
@SpringBootTest(classes = CoreTestApplication.class, properties = "tto.mail.outbox.poll=PT1H")
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = {MariaDbInitializer.class, MailOutboxIT.OwnMailServer.class})
class MailOutboxIT {

    static final int PORT = freePort();

    @MockitoBean
    PlanTransitions planTransitions;

    @Autowired
    Mailer mailer;

    @Autowired
    MailOutbox outbox;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    private GreenMail server;

    @BeforeEach
    void noMailServerYet() {
        jdbc.update("DELETE FROM mail_outbox");
    }

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    @Test
    void noticesOwedDuringAMailOutageArriveOnceWhenItIsBack() throws Exception {
        List<String> ids = transactions.execute(status -> List.of(
                id(mailer.send(List.of("officer@uni.test"), "Reminder 1", "first")),
                id(mailer.send(List.of("officer@uni.test", "director@uni.test"), "Reminder 2", "second")),
                id(mailer.send(List.of("director@uni.test"), "Reminder 3", "third"))));
        awaitAttempted(ids);
        for (String id : ids) {
            MailOutbox.Message message = outbox.find(id).orElseThrow();
            assertThat(message.status()).isEqualTo("PENDING");
            assertThat(message.attempts()).isEqualTo(1);
            assertThat(message.lastError()).isPresent();
        }
        assertThat(outbox.deliverDue(Instant.now())).as("nothing is due before its back-off").isZero();

        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        Instant later = Instant.now().plus(Duration.ofMinutes(1));
        assertThat(outbox.deliverDue(later)).isEqualTo(3);
        assertThat(outbox.deliverDue(later.plusSeconds(1))).as("sent ones are not sent again").isZero();

        MimeMessage[] received = server.getReceivedMessages();
        assertThat(received).extracting(MimeMessage::getSubject)
                .containsExactlyInAnyOrder("Reminder 1", "Reminder 2", "Reminder 2", "Reminder 3");
        assertThat(Arrays.stream(received).map(MailOutboxIT::messageId).distinct()).hasSize(3)
                .containsExactlyInAnyOrderElementsOf(ids);
        assertThat(ids).allSatisfy(id -> assertThat(outbox.find(id).orElseThrow().status()).isEqualTo("SENT"));
    }

    @Test
    void aRolledBackChangeOwesNoNotice() {
        transactions.executeWithoutResult(status -> {
            mailer.send(List.of("officer@uni.test"), "Never happened", "rolled back");
            status.setRollbackOnly();
        });
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox", Long.class)).isZero();
    }

    @Test
    void aMessageSentAgainAfterACrashKeepsItsMessageId() throws Exception {
        server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
        String id = transactions.execute(status -> id(mailer.send(List.of("officer@uni.test"), "Once", "body")));
        awaitStatus(id, "SENT");
        // the node died after the server took the message and before the row said so
        jdbc.update("UPDATE mail_outbox SET status = 'PENDING', sent_at = NULL WHERE message_id = ?", id);

        assertThat(outbox.deliverDue(Instant.now().plusSeconds(1))).isEqualTo(1);
        assertThat(server.getReceivedMessages()).hasSize(2).extracting(MailOutboxIT::messageId).containsOnly(id);
    }

    @Test
    void backOffDoublesFromThirtySecondsToAtMostTwoHours() {
        assertThat(MailOutbox.backoff(1)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailOutbox.backoff(2)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailOutbox.backoff(5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(MailOutbox.backoff(9)).isEqualTo(Duration.ofHours(2));
        assertThat(MailOutbox.backoff(MailOutbox.MAX_ATTEMPTS)).isEqualTo(Duration.ofHours(2));
    }

    private void awaitAttempted(List<String> ids) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (ids.stream().anyMatch(id -> outbox.find(id).orElseThrow().attempts() == 0
                || outbox.find(id).orElseThrow().lastError().isEmpty())) {
            assertThat(System.nanoTime()).as("the first attempt after the commit").isLessThan(until);
            Thread.sleep(25);
        }
    }

    private void awaitStatus(String id, String status) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!outbox.find(id).orElseThrow().status().equals(status)) {
            assertThat(System.nanoTime()).as("status " + status).isLessThan(until);
            Thread.sleep(25);
        }
    }

    private static String id(Mailer.Outcome outcome) {
        assertThat(outcome.status()).isEqualTo(Mailer.Outcome.Status.QUEUED);
        return outcome.detail().substring(outcome.detail().lastIndexOf(' ') + 1);
    }

    private static String messageId(MimeMessage message) {
        try {
            return message.getMessageID();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Points Spring Mail at this test's own port, where no server listens until the test starts one. */
    static class OwnMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("own-mail", Map.of(
                    "spring.mail.host", "127.0.0.1", "spring.mail.port", String.valueOf(PORT))));
        }
    }
}
