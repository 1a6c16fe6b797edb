package org.tto.licensing;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.CoreTestApplication;
import org.tto.identity.AppUserRepository;
import org.tto.institution.CountryRepository;
import org.tto.institution.InstitutionRepository;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.plan.PlanTransitions;
import org.tto.testsupport.CaseFixture;
import org.tto.testsupport.MariaDbInitializer;
import org.tto.testsupport.TestMail;

/**
 * An obligation escalated from two places at once — its watch's late timer and the daily sweep, possibly on two
 * application nodes — is escalated once: one case event, one e-mail to the director. The obligation row's version
 * decides; the loser fails before it sends anything. Real transactions (the service's own), real MariaDB, e-mail into
 * GreenMail.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = {MariaDbInitializer.class, TestMail.class})
class LateEscalationIT {

    @MockitoBean
    PlanTransitions planTransitions;

    @Autowired
    LicensingService licensing;

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anObligationEscalatedTwiceAtOnceIsEscalatedOnce() throws Exception {
        CaseFixture fixture = CaseFixture.create(countries, institutions, users, jdbc);
        LicenseAgreement agreement = licensing.draft(fixture.officer(), fixture.caseId(), new LicenseTerms(
                "Late Payer Ltd", null, false, AgreementType.NON_EXCLUSIVE, "diagnostics", "East Africa",
                LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1), "USD", new BigDecimal("5000"),
                List.of(new RoyaltyTier(BigDecimal.ZERO, new BigDecimal("5"))), BigDecimal.ZERO, List.of(),
                BigDecimal.ZERO, false, ReportingPeriod.ANNUAL, LicenseeSize.SMALL));
        licensing.approve(fixture.director(), agreement.id());
        Obligation issueFee = licensing.execute(fixture.officer(), agreement.id(),
                new ExecuteAgreement(LocalDate.of(2024, 1, 10))).stream()
                .filter(o -> o.kind() == Obligation.Kind.ISSUE_FEE_PAYMENT).findFirst().orElseThrow();

        List<Object> outcomes = atOnce(() -> licensing.markLateAndEscalate(issueFee.id()),
                () -> licensing.markLateAndEscalate(issueFee.id()));

        assertThat(outcomes).filteredOn(Boolean.TRUE::equals).as("escalated by one of the two").hasSize(1);
        assertThat(outcomes).filteredOn(o -> !Boolean.TRUE.equals(o)).singleElement()
                .satisfies(o -> assertThat(Boolean.FALSE.equals(o) || o instanceof OptimisticLockingFailureException)
                        .as("the other found it late already, or lost on the version: %s", o).isTrue());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE disclosure_id = ? AND action = "
                + "'OBLIGATION_LATE'", Long.class, fixture.caseId())).isEqualTo(1);
        TestMail.awaitOutboxIdle(jdbc);
        assertThat(mailsTo(fixture.director().username() + "@uni.test", "LATE: Issue fee")).isEqualTo(1);
        Obligation after = licensing.obligations(fixture.officer(), agreement.id()).stream()
                .filter(o -> o.id().equals(issueFee.id())).findFirst().orElseThrow();
        assertThat(after.status()).isEqualTo(Obligation.Status.LATE);
        assertThat(after.escalated()).isTrue();
    }

    private static long mailsTo(String address, String subject) {
        return TestMail.received().stream().filter(m -> {
            try {
                return m.getSubject().contains(subject) && Arrays.stream(m.getAllRecipients())
                        .anyMatch(a -> a.toString().equals(address));
            } catch (MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    @SafeVarargs
    private static List<Object> atOnce(Callable<Object>... calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.length);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Object>> futures = new ArrayList<>();
            for (Callable<Object> call : calls) {
                futures.add(pool.submit(() -> {
                    start.await();
                    try {
                        return call.call();
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            List<Object> outcomes = new ArrayList<>();
            for (Future<Object> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
