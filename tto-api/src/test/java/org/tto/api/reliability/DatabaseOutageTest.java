package org.tto.api.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.tto.api.shared.DatabaseOutage;

class DatabaseOutageTest {

    @Test
    void aFailureToReachTheDatabaseAnywhereInTheCauseChainIsAnOutage() {
        assertThat(DatabaseOutage.isCause(new CannotCreateTransactionException("no tx",
                new SQLTransientConnectionException("pool timed out")))).isTrue();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("engine",
                new RuntimeException(new SQLTransientConnectionException("HikariPool-1 - Connection is not available")))))
                .isTrue();
        assertThat(DatabaseOutage.isCause(new CannotGetJdbcConnectionException("no connection"))).isTrue();
        assertThat(DatabaseOutage.isCause(new RuntimeException(new ConnectException("refused")))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(DatabaseOutage.isCause(new DataIntegrityViolationException("duplicate"))).isFalse();
        assertThat(DatabaseOutage.isCause(new IllegalStateException("bug"))).isFalse();
        assertThat(DatabaseOutage.isCause(null)).isFalse();
    }
}
