package org.tto.workflow.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.OptimisticLockingFailureException;
import org.tto.CoreTestApplication;
import org.tto.checkpoint.CheckpointService;
import org.tto.checkpoint.Condition;
import org.tto.checkpoint.OverdueWatch;
import org.tto.checkpoint.Verdict;
import org.tto.identity.Actor;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;
import org.tto.plan.CapabilityDimension;
import org.tto.plan.FundingSource;
import org.tto.plan.ImplementationPlan;
import org.tto.plan.PlanEvent;
import org.tto.plan.PlanFacts;
import org.tto.plan.PlanService;
import org.tto.plan.PlanService.NewActionItem;
import org.tto.plan.PlanState;
import org.tto.plan.PlanTransition;
import org.tto.plan.PlanTransitions;
import org.tto.plan.SustainabilityIndicator;
import org.tto.shared.RuleViolationException;
import org.tto.testsupport.OnMariaDb;
import org.tto.testsupport.TestMail;

/**
 * The plan services with the real state machine and the engine on MariaDB: concurrent events on one plan, the daily
 * watch's flags and notifications (e-mail into GreenMail), and the planWatch timer process running the watch.
 */
@SpringBootTest(classes = {CoreTestApplication.class, PlanServicesIT.Gate.class},
        properties = {"camunda.bpm.job-execution.enabled=false", "spring.mail.host=localhost",
                "spring.mail.port=3025", "tto.plan.watch.reviewer-grace-days=14"})
@OnMariaDb
class PlanServicesIT {

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(ServerSetupTest.SMTP);

    /** Holds every decision until two commands have read the plan, so they truly overlap. */
    @TestConfiguration
    static class Gate {

        @Bean
        @Primary
        GatedTransitions gatedTransitions(StateMachinePlanTransitions machine) {
            return new GatedTransitions(machine);
        }
    }

    static class GatedTransitions implements PlanTransitions {
        private final PlanTransitions machine;
        volatile CyclicBarrier barrier;

        GatedTransitions(PlanTransitions machine) {
            this.machine = machine;
        }

        @Override
        public Decision decide(PlanState from, PlanEvent event, PlanFacts facts) {
            CyclicBarrier gate = barrier;
            if (gate != null) {
                try {
                    gate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                    throw new IllegalStateException(e);
                }
            }
            return machine.decide(from, event, facts);
        }

        @Override
        public Set<PlanEvent> allowedEvents(PlanState from, PlanFacts facts) {
            return machine.allowedEvents(from, facts);
        }
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PlanService plans;

    @Autowired
    CheckpointService checkpoints;

    @Autowired
    OverdueWatch watch;

    @Autowired
    GatedTransitions gate;

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    @Autowired
    ManagementService management;

    @Autowired
    HistoryService history;

    private final Actor admin = new Actor("admin-it", Role.ADMIN, null, null, null);
    private final Actor reviewer = new Actor("reviewer-it", Role.REVIEWER, null, null, null);

    @BeforeEach
    void countryWithCoordinatorAndReviewer() {
        if (!countries.existsById("TZ")) {
            countries.save(new Country("TZ", "Tanzania", Region.AFRICA, true, 9));
        }
        // other test classes of this JVM may have created Tanzania, but not these two
        if (users.findByUsername("coordinator-tz").isEmpty()) {
            users.save(AppUser.ofCountry("coordinator-tz", null, "Neema", "Mollel", "coordinator-tz@example.org",
                    "TZ"));
            users.save(AppUser.global("reviewer-it", null, "Rui", "Reviewer", "reviewer-it@example.org",
                    Role.REVIEWER));
        }
    }

    @Test
    void twoConcurrentEventsOnOnePlanMakeOneTransitionAndOneConflict() throws Exception {
        long planId = planIn(PlanState.ACTION_PLAN_APPROVED);
        int before = historySize(planId);

        List<Object> outcomes = concurrently(
                () -> plans.fire(admin, planId, PlanEvent.START_IMPLEMENTATION, null),
                () -> plans.fire(admin, planId, PlanEvent.SUSPEND, "funding frozen"));

        assertThat(outcomes).as("%s", outcomes).filteredOn(PlanTransition.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(OptimisticLockingFailureException.class::isInstance).hasSize(1);
        ImplementationPlan plan = plans.get(admin, planId).plan();
        assertThat(plan.history()).hasSize(before + 1);
        PlanTransition winner = (PlanTransition) outcomes.stream().filter(PlanTransition.class::isInstance)
                .findFirst().orElseThrow();
        assertThat(plan.state()).isEqualTo(winner.to());
    }

    @Test
    void theSameEventTwiceAtOnceIsAcceptedOnce() throws Exception {
        long planId = planIn(PlanState.ACTION_PLAN_APPROVED);

        List<Object> outcomes = concurrently(
                () -> plans.fire(admin, planId, PlanEvent.START_IMPLEMENTATION, null),
                () -> plans.fire(admin, planId, PlanEvent.START_IMPLEMENTATION, null));

        assertThat(outcomes).as("%s", outcomes).filteredOn(PlanTransition.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(OptimisticLockingFailureException.class::isInstance).hasSize(1);
        assertThat(plans.get(admin, planId).plan().history())
                .filteredOn(t -> t.event() == PlanEvent.START_IMPLEMENTATION).hasSize(1);
    }

    @Test
    void aRefusedEventChangesNothing() {
        long planId = planIn(PlanState.IMPLEMENTING);
        plans.addActionItem(admin, planId, new NewActionItem("Open the TTO office", CapabilityDimension.PROCEDURES,
                "Registrar", LocalDate.now().plusMonths(1), true));
        ImplementationPlan before = plans.get(admin, planId).plan();

        assertThatThrownBy(() -> plans.fire(admin, planId, PlanEvent.DECLARE_OPERATIONAL, null))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).results())
                        .anyMatch(r -> r.rule().equals("mandatory-items-done-with-evidence") && !r.passed()));

        ImplementationPlan after = plans.get(admin, planId).plan();
        assertThat(after.state()).isEqualTo(PlanState.IMPLEMENTING);
        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.history()).hasSameSizeAs(before.history());
    }

    @Test
    void theWatchFlagsOverdueItemsAndCheckpointsNotifiesOnceAndEscalatesAfterTheGracePeriod() throws Exception {
        long planId = planIn(PlanState.OPERATIONAL);
        LocalDate operationalOn = plans.get(admin, planId).plan().operationalOn().orElseThrow();
        plans.addActionItem(admin, planId, new NewActionItem("Renew the IP policy", CapabilityDimension.
                GOVERNANCE_AND_IP_POLICY, "Senate", operationalOn.plusMonths(2), true));
        plans.addActionItem(admin, planId, new NewActionItem("Newsletter", CapabilityDimension.SERVICES_AND_NETWORKS,
                "Officer", operationalOn.plusMonths(2), false));
        LocalDate firstCheckpointDue = operationalOn.plusMonths(12);
        mail.reset();

        OverdueWatch.Result dayAfterDue = watch.flagOverdue(firstCheckpointDue.plusDays(1));
        OverdueWatch.Result sameDayAgain = watch.flagOverdue(firstCheckpointDue.plusDays(1));
        OverdueWatch.Result afterGrace = watch.flagOverdue(firstCheckpointDue.plusDays(15));

        assertThat(flaggedSomething(dayAfterDue)).isTrue();
        assertThat(dayAfterDue.overdueItems()).isGreaterThanOrEqualTo(1);
        assertThat(dayAfterDue.overdueCheckpoints()).isGreaterThanOrEqualTo(1);
        assertThat(sameDayAgain).isEqualTo(new OverdueWatch.Result(0, 0, 0, 0));
        assertThat(dayAfterDue.escalatedToReviewers()).as("the items are months late already").isGreaterThanOrEqualTo(1);
        assertThat(afterGrace.escalatedToReviewers()).isGreaterThanOrEqualTo(1);

        ImplementationPlan plan = plans.get(admin, planId).plan();
        assertThat(plan.actionItems()).filteredOn(i -> i.title().equals("Renew the IP policy"))
                .allMatch(i -> i.overdueFlaggedOn().isPresent() && i.reviewerNotifiedOn().isPresent());
        assertThat(plan.actionItems()).filteredOn(i -> i.title().equals("Newsletter"))
                .allMatch(i -> i.overdueFlaggedOn().isEmpty());
        assertThat(plan.notifications()).extracting(n -> n.subject() + " -> " + n.recipients())
                .containsExactly(
                        "Overdue mandatory action items at " + code(plan) + " -> coordinator-tz",
                        "Mandatory action items overdue beyond grace at " + code(plan) + " -> reviewer-it",
                        "Sustainability checkpoint overdue at " + code(plan) + " -> coordinator-tz",
                        "Sustainability checkpoint overdue beyond grace at " + code(plan) + " -> reviewer-it");
        assertThat(plan.notifications()).allMatch(n -> n.delivery().equals("QUEUED"));
        assertThat(plan.notifications().get(0).body()).contains("Renew the IP policy").doesNotContain("Newsletter");
        assertThat(checkpoints.forPlan(admin, planId).get(0).checkpoint().reviewerNotifiedOn())
                .contains(firstCheckpointDue.plusDays(15));

        TestMail.awaitOutboxIdle(jdbc);
        MimeMessage[] received = mail.getReceivedMessages();
        assertThat(received).extracting(m -> m.getAllRecipients()[0].toString() + ": " + m.getSubject())
                .contains("coordinator-tz@example.org: Overdue mandatory action items at " + code(plan),
                        "reviewer-it@example.org: Sustainability checkpoint overdue beyond grace at " + code(plan));
    }

    @Test
    void theWatchChasesTheConditionsOfAConditionalPassOnceWhenTheyAreLateAndNotMet() {
        long planId = planIn(PlanState.OPERATIONAL);
        long first = checkpoints.forPlan(admin, planId).get(0).checkpoint().id();
        Map<SustainabilityIndicator, BigDecimal> values = new EnumMap<>(SustainabilityIndicator.class);
        for (SustainabilityIndicator indicator : SustainabilityIndicator.values()) {
            values.put(indicator, BigDecimal.ONE);
        }
        checkpoints.submit(admin, first, values);
        LocalDate due = LocalDate.now().plusDays(10);
        checkpoints.judge(reviewer, first, new CheckpointService.GiveVerdict(Verdict.CONDITIONAL, "Almost", null,
                List.of(new Condition("Adopt the revenue-sharing policy", due),
                        new Condition("Hire a second officer", due)), List.of()));
        checkpoints.meetCondition(admin, first, 1, LocalDate.now());
        mail.reset();

        assertThat(watch.flagOverdue(due).overdueConditions()).as("not late on its due date").isZero();
        assertThat(watch.flagOverdue(due.plusDays(1)).overdueConditions()).isEqualTo(1);
        assertThat(watch.flagOverdue(due.plusDays(2)).overdueConditions()).as("chased once").isZero();

        var conditions = checkpoints.get(admin, first).checkpoint().conditions();
        assertThat(conditions.get(0).overdueFlaggedOn()).isEqualTo(due.plusDays(1));
        assertThat(conditions.get(1).overdueFlaggedOn()).as("met in time").isNull();
        ImplementationPlan plan = plans.get(admin, planId).plan();
        assertThat(plan.notifications()).filteredOn(n -> n.subject().startsWith("Conditions of a checkpoint overdue"))
                .singleElement().satisfies(n -> {
                    assertThat(n.recipients()).isEqualTo("coordinator-tz");
                    assertThat(n.body()).contains("Adopt the revenue-sharing policy").doesNotContain("second officer");
                });
    }

    @Test
    void theDailyTimerRunsTheWatch() {
        long planId = planIn(PlanState.IMPLEMENTING);
        plans.addActionItem(admin, planId, new NewActionItem("Sign the TTO charter", CapabilityDimension.
                GOVERNANCE_AND_IP_POLICY, "Vice-chancellor", LocalDate.now().minusDays(3), true));
        Job timer = management.createJobQuery().processDefinitionKey(PlanWatchProcess.KEY).timers().singleResult();
        assertThat(timer).as("the deployed planWatch has its daily timer").isNotNull();

        management.executeJob(timer.getId());

        assertThat(plans.get(admin, planId).plan().notifications())
                .anyMatch(n -> n.body().contains("Sign the TTO charter"));
        List<HistoricVariableInstance> variables = history.createHistoricVariableInstanceQuery()
                .variableName(PlanWatchProcess.Variables.OVERDUE_ITEMS).list();
        assertThat(variables).anyMatch(v -> ((Integer) v.getValue()) >= 1);
        Job next = management.createJobQuery().processDefinitionKey(PlanWatchProcess.KEY).timers().singleResult();
        assertThat(next.getId()).isNotEqualTo(timer.getId());
        assertThat(next.getDuedate()).isInTheFuture();
    }

    // --- fixtures -------------------------------------------------------------------------------------------------

    private static String code(ImplementationPlan plan) {
        return plan.institution().code();
    }

    private static boolean flaggedSomething(OverdueWatch.Result result) {
        return result.overdueItems() + result.overdueCheckpoints() > 0;
    }

    private int historySize(long planId) {
        return plans.get(admin, planId).plan().history().size();
    }

    private List<Object> concurrently(Callable<Object> first, Callable<Object> second) throws Exception {
        gate.barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Object>> futures = List.of(pool.submit(wrap(first)), pool.submit(wrap(second)));
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(30, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            gate.barrier = null;
            pool.shutdownNow();
        }
    }

    private static Callable<Object> wrap(Callable<Object> command) {
        return () -> {
            try {
                return command.call();
            } catch (RuntimeException e) {
                return e;
            }
        };
    }

    /** A new institution in Tanzania with a plan taken, event by event, to the given state. */
    private long planIn(PlanState target) {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        institutions.save(new Institution(code, "Test University " + code, "TZ", 7));
        long id = plans.open(admin, code, null).id();
        for (CapabilityDimension dimension : CapabilityDimension.values()) {
            plans.recordFinding(admin, id, dimension, "Finding on " + dimension);
        }
        if (target == PlanState.NEEDS_ASSESSMENT) {
            return id;
        }
        plans.fire(admin, id, PlanEvent.COMPLETE_ASSESSMENT, null);
        List<Long> items = new ArrayList<>();
        for (CapabilityDimension dimension : CapabilityDimension.values()) {
            items.add(plans.addActionItem(admin, id, new NewActionItem("Set up " + dimension, dimension, "Owner",
                    LocalDate.now().plusMonths(6), true)).id());
        }
        plans.addBudgetLine(admin, id, "Two officers", new BigDecimal("120000.00"), "USD", FundingSource.PROGRAMME);
        plans.fire(admin, id, PlanEvent.DRAFT_ACTION_PLAN, null);
        plans.fire(admin, id, PlanEvent.APPROVE_ACTION_PLAN, null);
        if (target == PlanState.ACTION_PLAN_APPROVED) {
            return id;
        }
        plans.fire(admin, id, PlanEvent.START_IMPLEMENTATION, null);
        if (target == PlanState.IMPLEMENTING) {
            return id;
        }
        for (Long item : items) {
            plans.completeActionItem(admin, id, item, List.of("https://docs.example.org/" + item), null);
        }
        plans.fire(admin, id, PlanEvent.DECLARE_OPERATIONAL, null);
        return id;
    }
}
