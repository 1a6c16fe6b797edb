package org.tto.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * The embedded default acknowledges a write only once it would survive the process being killed: a child JVM opens
 * the H2 database with exactly the URL of {@code application.yml}, commits rows one by one and reports each commit,
 * and is killed with SIGKILL in the middle of the burst. Every row it reported must be there after the restart
 * (without {@code WRITE_DELAY=0}, H2 keeps the last half-second of commits in memory and loses them).
 */
class EmbeddedDefaultDurabilityTest {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void everyCommitReportedBeforeAKillMinus9IsThereAfterTheRestart() throws Exception {
        String url = configuredUrl().replace("./data/tto", dir.resolve("tto").toString());
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Writer.class.getName(), url)
                .redirectErrorStream(true).start();
        long acknowledged = 0;
        try (BufferedReader out = new BufferedReader(
                new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("ACK ")) {
                    acknowledged = Long.parseLong(line.substring(4));
                    if (acknowledged >= ACKNOWLEDGED_BEFORE_KILL) {
                        break;
                    }
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(acknowledged).as("the writer reported its commits").isEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT COUNT(*), MAX(id) FROM acked")) {
            rows.next();
            assertThat(rows.getLong(2)).as("the last acknowledged row").isGreaterThanOrEqualTo(acknowledged);
            assertThat(rows.getLong(1)).isEqualTo(rows.getLong(2));
        }
    }

    @Test
    void theConfiguredUrlMakesCommitsDurable() {
        assertThat(configuredUrl()).contains("WRITE_DELAY=0");
    }

    private static String configuredUrl() {
        YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
        yaml.setResources(new ClassPathResource("application.yml"));
        Properties properties = yaml.getObject();
        String url = properties.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:./data/tto");
        return url;
    }

    /** The child: commits one row at a time and says so after each commit, until it is killed. */
    public static final class Writer {
        public static void main(String[] args) throws Exception {
            try (Connection connection = DriverManager.getConnection(args[0], "sa", "")) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("CREATE TABLE acked (id BIGINT PRIMARY KEY, payload VARCHAR(200))");
                }
                connection.setAutoCommit(false);
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO acked VALUES (?, ?)")) {
                    for (long id = 1; ; id++) {
                        insert.setLong(1, id);
                        insert.setString(2, "row " + id);
                        insert.executeUpdate();
                        connection.commit();
                        System.out.println("ACK " + id);
                        System.out.flush();
                    }
                }
            }
        }
    }
}
