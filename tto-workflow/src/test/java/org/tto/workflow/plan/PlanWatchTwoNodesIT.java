package org.tto.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.tto.testsupport.TestDatabase;

/**
 * Two application nodes share one MariaDB database and both run a job executor: the daily watch runs once per due
 * timer, never on both nodes. Each node is a process engine of its own, with its own connection pool, deploying the
 * real {@code plan-watch.bpmn}; the watch's delegate is replaced by one that records which node ran it, and is slow
 * enough that two nodes running it at once would overlap.
 */
class PlanWatchTwoNodesIT {

    private static final int ROUNDS = 4;

    private final List<String> runs = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger maxConcurrent = new AtomicInteger();
    private final List<ProcessEngine> engines = new ArrayList<>();
    private final List<HikariDataSource> pools = new ArrayList<>();

    @Test
    void theDueWatchRunsOnOneNodeOnly() throws Exception {
        String url = freshDatabase();
        ProcessEngine node1 = node("node-1", url);
        ProcessEngine node2 = node("node-2", url);
        node1.getRepositoryService().createDeployment().name("plan-watch")
                .addClasspathResource("bpmn/plan-watch.bpmn").deploy();
        startJobExecutors();

        for (int round = 1; round <= ROUNDS; round++) {
            Job timer = node2.getManagementService().createJobQuery().timers().singleResult();
            assertThat(timer.getDuedate()).as("the next daily timer is in the future").isAfter(new Date());
            node2.getManagementService().setJobDuedate(timer.getId(),
                    Date.from(Instant.now().minus(Duration.ofMinutes(1))));

            waitUntil(round);
            // give both executors several more acquisition cycles: the due job must not run a second time
            Thread.sleep(1500);
            assertThat(runs).as("runs after round %d", round).hasSize(round);
        }

        assertThat(maxConcurrent).as("never on two nodes at once").hasValue(1);
        assertThat(node1.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(PlanWatchProcess.KEY).finished().count()).isEqualTo(ROUNDS);
        assertThat(node1.getManagementService().createJobQuery().timers().count())
                .as("exactly one next timer").isEqualTo(1);
    }

    private ProcessEngine node(String name, String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername(TestDatabase.connection().user());
        pool.setPassword(TestDatabase.connection().password() == null ? "" : TestDatabase.connection().password());
        pool.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        pool.setMaximumPoolSize(5);
        pools.add(pool);
        JavaDelegate recordingDelegate = execution -> {
            int now = concurrent.incrementAndGet();
            maxConcurrent.accumulateAndGet(now, Math::max);
            try {
                Thread.sleep(300);
            } finally {
                concurrent.decrementAndGet();
            }
            runs.add(name);
        };
        ProcessEngineConfigurationImpl config = (ProcessEngineConfigurationImpl) ProcessEngineConfiguration
                .createStandaloneProcessEngineConfiguration()
                .setProcessEngineName(name)
                .setDataSource(pool)
                .setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_TRUE)
                .setJobExecutorActivate(false)
                .setHistory(ProcessEngineConfiguration.HISTORY_ACTIVITY);
        config.setDatabaseType("mysql");
        config.setBeans(Map.of("flagOverduePlanItemsDelegate", recordingDelegate));
        ProcessEngine engine = config.buildProcessEngine();
        engines.add(engine);
        return engine;
    }

    private void startJobExecutors() {
        for (ProcessEngine engine : engines) {
            JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                    .getJobExecutor();
            executor.setWaitTimeInMillis(100);
            executor.setMaxWait(200);
            executor.setLockOwner(engine.getName());
            executor.start();
        }
    }

    private void waitUntil(int expectedRuns) {
        Awaitility.await("the due watch ran").atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> runs.size() >= expectedRuns);
    }

    /** A database of its own on the test server, so the two engines share nothing with other tests. */
    private static String freshDatabase() throws SQLException {
        TestDatabase.Connection db = TestDatabase.connection();
        String name = "plan_watch_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection connection = DriverManager.getConnection(db.url(), db.user(),
                db.password() == null ? "" : db.password()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
        }
        String base = db.url().contains("?") ? db.url().substring(0, db.url().indexOf('?')) : db.url();
        return base.substring(0, base.lastIndexOf('/') + 1) + name
                + "?sendFractionalSeconds=false&useInformationSchema=false&nullDatabaseMeansCurrent=true";
    }

    @AfterEach
    void stopNodes() {
        for (ProcessEngine engine : engines) {
            ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor().shutdown();
        }
        engines.forEach(ProcessEngine::close);
        pools.forEach(HikariDataSource::close);
    }
}
