package org.tto.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * An SMTP server (GreenMail) on a free port, one per test JVM, and the initializer that points Spring Mail at it.
 * Tests read what was sent with {@link #received()}.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
        }
        return server;
    }

    public static List<MimeMessage> received() {
        return Arrays.asList(server().getReceivedMessages());
    }

    /**
     * Waits (at most 30 s) until the outbox has nothing left to send right now: mail goes out after the commit, on a
     * background thread, so a test reads GreenMail only once the outbox is idle.
     */
    public static void awaitOutboxIdle(JdbcTemplate jdbc) {
        Awaitility.await("the outbox idle (nothing unsent right now)").atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(25)).until(() -> pending(jdbc) == 0);
    }

    private static long pending(JdbcTemplate jdbc) {
        // not yet tried, or being sent right now; a message that failed and waits for its retry does not count
        return jdbc.queryForObject("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'"
                + " AND (attempts = 0 OR claimed_until IS NOT NULL)", Long.class);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tto-test-mail", Map.of(
                "spring.mail.host", "127.0.0.1",
                "spring.mail.port", String.valueOf(server().getSmtp().getPort()))));
    }
}
