package org.tto.testsupport;

import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/** Points the {@code mysql} profile's variables at the test database. */
public class MariaDbInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestDatabase.Connection db = TestDatabase.connection();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("tto-test-database", Map.of(
                "TTO_DB_URL", db.url(),
                "TTO_DB_USER", db.user(),
                "TTO_DB_PASSWORD", db.password() == null ? "" : db.password())));
    }
}
