package org.tto.workflow.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.transaction.support.TransactionTemplate;
import org.tto.disclosure.CaseNotices;
import org.tto.disclosure.Commands.Triage;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.TriageOutcome;
import org.tto.identity.Actor;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;
import org.tto.licensing.LicensingPathService;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;
import org.tto.startup.StartupService;
import org.tto.testsupport.OnMariaDb;
import org.tto.workflow.disclosure.CaseTasks;
import org.tto.workflow.disclosure.InventionDisclosureProcess.Variables;
import org.tto.workflow.disclosure.InventionDisclosureProcess;

/**
 * Two officers answering the same task at the same moment, and claims that cross: one wins, the other gets a conflict
 * that says what won (a 409 at the API), never the engine's optimistic-locking failure (a 500) or a "not found". The
 * races are forced, not hoped for: the winner's transaction holds its row locks until the loser is seen waiting on
 * them in MariaDB.
 */
@SpringBootTest
@OnMariaDb
class TaskRacesIT {

    private static final AtomicLong IDS = new AtomicLong(50_000);

    @Autowired
    CaseTasks caseTasks;

    @Autowired
    RuntimeService runtime;

    @Autowired
    TaskService tasks;

    @Autowired
    HistoryService history;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    @MockitoBean
    DisclosureService cases;

    @MockitoBean
    CaseNotices notices;

    @MockitoBean
    LicensingPathService paths;

    @MockitoBean
    StartupService startups;

    private final ExecutorService threads = Executors.newFixedThreadPool(2);
    private String code;
    private Actor first;
    private Actor second;

    @BeforeEach
    void institutionWithTwoOfficers() {
        if (!countries.existsById("UG")) {
            countries.save(new Country("UG", "Uganda", Region.AFRICA, true, 9));
        }
        code = "R" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        Institution institution = institutions.save(new Institution(code, "Race University " + code, "UG", 7));
        first = officer("first-" + code, institution);
        second = officer("second-" + code, institution);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void twoTriagesAtOnceGiveOneOutcomeAndAConflictThatSaysSo() throws Exception {
        ProcessInstance process = submit();
        String taskId = triageTask(process).getId();

        CountDownLatch completedButNotCommitted = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        Future<?> winner = threads.submit(() -> transactions.executeWithoutResult(status -> {
            caseTasks.triage(first, taskId, new Triage(TriageOutcome.ACCEPT, "worth a look"));
            completedButNotCommitted.countDown();
            // longer than the main thread's wait for the loser below, so that the winner never gives up first
            await(commit, 120);
        }));
        await(completedButNotCommitted);
        Future<?> loser = threads.submit(() -> caseTasks.triage(second, taskId,
                new Triage(TriageOutcome.REJECT, "not an invention")));
        waitFor(() -> lockWaits() > 0 || loser.isDone());
        if (!loser.isDone() && lockWaits() == 0) {
            // should it ever happen, say where the loser waits (it has not been seen in MariaDB's lock view)
            jdbc.queryForList("SHOW FULL PROCESSLIST").forEach(row -> System.err.println("DIAG " + row));
            Thread.getAllStackTraces().forEach((t, st) -> {
                if (t.getName().startsWith("pool")) {
                    System.err.println("DIAG THREAD " + t.getName() + " " + t.getState());
                    for (StackTraceElement e : st) {
                        System.err.println("DIAG    " + e);
                    }
                }
            });
        }
        commit.countDown();
        winner.get(30, TimeUnit.SECONDS);

        assertThatThrownBy(() -> unwrap(loser))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("completed")
                .extracting(e -> ((ConcurrentChangeException) e).rule()).isEqualTo("task.completed");
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(process.getId())
                .variableName(Variables.TRIAGE_OUTCOME).singleResult().getValue()).isEqualTo("ACCEPT");
    }

    @Test
    void answeringATaskJustCompletedByAColleagueSaysWhoCompletedIt() {
        ProcessInstance process = submit();
        String taskId = triageTask(process).getId();
        caseTasks.triage(first, taskId, new Triage(TriageOutcome.ACCEPT, null));

        assertThatThrownBy(() -> caseTasks.triage(second, taskId, new Triage(TriageOutcome.REJECT, null)))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("was completed by " + first.username());
    }

    @Test
    void aCompletedTaskOfAnotherInstitutionIsStillNotFound() {
        ProcessInstance process = submit();
        String taskId = triageTask(process).getId();
        caseTasks.triage(first, taskId, new Triage(TriageOutcome.ACCEPT, null));
        Institution other = institutions.save(new Institution(code + "X", "Other " + code, "UG", 7));
        Actor stranger = officer("stranger-" + code, other);

        assertThatThrownBy(() -> caseTasks.triage(stranger, taskId, new Triage(TriageOutcome.REJECT, null)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theLoserOfAClaimHearsWhoHasTheTaskNotThatItDoesNotExist() {
        ProcessInstance process = submit();
        String taskId = triageTask(process).getId();
        caseTasks.claim(first, taskId);

        assertThatThrownBy(() -> caseTasks.claim(second, taskId))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("claimed by " + first.username());
        assertThat(caseTasks.claim(first, taskId).assignee()).as("claiming again is harmless")
                .isEqualTo(first.username());
    }

    @Test
    void fiveClaimsAtOnceByOneUserAllSucceed() throws Exception {
        ProcessInstance process = submit();
        String taskId = triageTask(process).getId();
        ExecutorService five = Executors.newFixedThreadPool(5);
        try {
            CountDownLatch start = new CountDownLatch(1);
            CompletableFuture<?>[] claims = new CompletableFuture<?>[5];
            for (int i = 0; i < claims.length; i++) {
                claims[i] = CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return caseTasks.claim(first, taskId);
                }, five);
            }
            start.countDown();
            CompletableFuture.allOf(claims).get(60, TimeUnit.SECONDS);
        } finally {
            five.shutdownNow();
        }
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo(first.username());
    }

    private Actor officer(String username, Institution institution) {
        username = username.toLowerCase();
        users.save(AppUser.ofInstitution(username, null, "Officer", username, username + "@example.org",
                Role.OFFICER, institution));
        return new Actor(username, Role.OFFICER, institution.id(), institution.code(), "UG");
    }

    private ProcessInstance submit() {
        long id = IDS.incrementAndGet();
        return runtime.startProcessInstanceByKey(InventionDisclosureProcess.KEY, code + "-2026-" + id,
                Map.of(Variables.DISCLOSURE_ID, id, Variables.INSTITUTION_CODE, code,
                        Variables.SUBMITTED_BY, "inventor-" + code));
    }

    private Task triageTask(ProcessInstance process) {
        Task task = tasks.createTaskQuery().processInstanceId(process.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo(InventionDisclosureProcess.Elements.TRIAGE);
        return task;
    }

    private int lockWaits() {
        return jdbc.queryForObject(
                "select count(*) from information_schema.innodb_trx where trx_state = 'LOCK WAIT'", Integer.class);
    }

    /**
     * Waits (at most 30 s) for the condition; the race is then forced. Should the loser be held somewhere the lock
     * view does not show, the winner commits anyway and the loser arrives just after: a conflict all the same.
     */
    private static void waitFor(BooleanSupplier condition) {
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                    .until(condition::getAsBoolean);
        } catch (ConditionTimeoutException notSeen) {
            // the race is forced all the same (see above)
        }
    }

    private static void await(CountDownLatch latch) {
        await(latch, 30);
    }

    private static void await(CountDownLatch latch, int seconds) {
        try {
            if (!latch.await(seconds, TimeUnit.SECONDS)) {
                throw new AssertionError("timed out waiting for the other transaction");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void unwrap(Future<?> future) throws Throwable {
        try {
            future.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException e) {
            throw e.getCause();
        }
    }
}
