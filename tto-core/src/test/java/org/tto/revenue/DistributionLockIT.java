package org.tto.revenue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.tto.CoreTestApplication;
import org.tto.identity.Actor;
import org.tto.identity.AppUserRepository;
import org.tto.institution.CountryRepository;
import org.tto.institution.InstitutionRepository;
import org.tto.plan.PlanTransitions;
import org.tto.revenue.RevenueCommands.DefinePolicy;
import org.tto.revenue.RevenueCommands.RecordCost;
import org.tto.revenue.RevenueCommands.RecordReceipt;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;
import org.tto.testsupport.CaseFixture;
import org.tto.testsupport.OnMariaDb;

/**
 * The case lock ({@link CaseLocks}) under real concurrency on MariaDB: receipts of one case distributed from several
 * threads at once, each in the service's own transaction, must come out exactly as if distributed one after the other
 * in the order they committed: costs recovered once, the cumulative-income bands applied in sequence, every receipt
 * distributed once. Without the lock, the threads read the same unrecovered costs and cumulative income and the
 * first assertion fails (costs recovered several times over).
 *
 * <p>Not {@code @Transactional}: every call commits on its own, as in production; each test works in an institution
 * of its own.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@OnMariaDb
class DistributionLockIT {

    private static final Currency USD = Currency.getInstance("USD");
    private static final int THREADS = 6;

    /** The plan state machine lives in tto-workflow; this test of tto-core does not touch plans. */
    @MockitoBean
    PlanTransitions planTransitions;

    @Autowired
    RevenueService revenue;

    @Autowired
    ReceiptRepository receipts;

    @Autowired
    DistributionRepository distributions;

    @Autowired
    DistributionPolicyRepository policies;

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    @Autowired
    JdbcTemplate jdbc;

    private CaseFixture fixture;
    private ExecutorService pool;

    @BeforeEach
    void aCaseWithCostsAndABandedPolicy() {
        fixture = CaseFixture.create(countries, institutions, users, jdbc);
        // costs first, 10 % fee; bands by cumulative net: to 2 000.00 at 50/25/25, to 5 000.00 at 40/30/30, then
        // 30/35/35 — so where a receipt falls depends on every receipt distributed before it
        revenue.definePolicy(fixture.director(), new DefinePolicy(null, LocalDate.of(2024, 1, 1), "USD", true,
                new BigDecimal("10"), "Chemistry", "IP policy, art. 9", List.of(
                        new PolicyBand(200_000L, new BigDecimal("50"), new BigDecimal("25"), new BigDecimal("25")),
                        new PolicyBand(500_000L, new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("30")),
                        new PolicyBand(null, new BigDecimal("30"), new BigDecimal("35"), new BigDecimal("35")))));
        revenue.recordCost(fixture.officer(), fixture.caseId(), new RecordCost(CaseCost.Kind.PATENT, "PCT filing",
                LocalDate.of(2024, 2, 1), "USD", new BigDecimal("1000.00")));
        revenue.recordCost(fixture.officer(), fixture.caseId(), new RecordCost(CaseCost.Kind.LEGAL,
                "Licence negotiation", LocalDate.of(2024, 3, 1), "USD", new BigDecimal("850.55")));
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void stopThreads() {
        pool.shutdownNow();
    }

    /** A form posted twice, or a statement loaded twice, would otherwise record and distribute one payment twice. */
    @Test
    void theSamePaymentPostedTwiceIsRecordedOnceUnlessTheDuplicateIsConfirmedWithAReason() throws Exception {
        long caseId = fixture.caseId();
        Actor officer = fixture.officer();
        RecordReceipt payment = new RecordReceipt(caseId, null, AutmCategory.OTHER, "USD", new BigDecimal("250.00"),
                LocalDate.of(2024, 3, 1), null, null, "TRF-0042", false, null);

        List<Object> outcomes = new ArrayList<>();
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Object>> posts = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                posts.add(pool.submit(() -> {
                    start.await();
                    try {
                        return revenue.recordReceipt(officer, payment);
                    } catch (RuntimeException e) {
                        return e;
                    }
                }));
            }
            start.countDown();
            for (Future<Object> post : posts) {
                outcomes.add(post.get(60, TimeUnit.SECONDS));
            }
        } finally {
            start.countDown();
        }
        Distribution recorded = (Distribution) outcomes.stream().filter(Distribution.class::isInstance)
                .findFirst().orElseThrow(() -> new AssertionError("neither post was recorded: " + outcomes));
        assertThat(outcomes).filteredOn(RuleViolationException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((RuntimeException) e).getMessage())
                        .contains("Receipt " + recorded.receiptId()).contains("same agreement, date, amount"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM receipt WHERE disclosure_id = ?", Long.class, caseId))
                .isEqualTo(1);

        assertThatThrownBy(() -> revenue.recordReceipt(officer, new RecordReceipt(caseId, null, AutmCategory.OTHER,
                "USD", new BigDecimal("250"), LocalDate.of(2024, 3, 1), null, null, "TRF-0042", true, " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("repeats receipt");
        Distribution confirmed = revenue.recordReceipt(officer, new RecordReceipt(caseId, null, AutmCategory.OTHER,
                "USD", new BigDecimal("250"), LocalDate.of(2024, 3, 1), null, null, "TRF-0042", true,
                "The licensee paid the March invoice twice; refund agreed"));
        Distribution otherReference = revenue.recordReceipt(officer, new RecordReceipt(caseId, null,
                AutmCategory.OTHER, "USD", new BigDecimal("250"), LocalDate.of(2024, 3, 1), null, null, "TRF-0043",
                false, null));

        assertThat(jdbc.queryForObject("SELECT duplicate_of FROM receipt WHERE id = ?", Long.class,
                confirmed.receiptId())).isEqualTo(recorded.receiptId());
        assertThat(jdbc.queryForObject("SELECT duplicate_of FROM receipt WHERE id = ?", Long.class,
                otherReference.receiptId())).as("another payer reference is another payment").isNull();
    }

    @Test
    void receiptsDistributedAtOnceComeOutAsIfDistributedOneAfterTheOther() throws Exception {
        List<String> amounts = List.of("300.00", "450.01", "700.00", "1200.00", "2500.00", "5000.03");
        List<Long> receiptIds = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            receiptIds.add(recorded(new BigDecimal(amounts.get(i)), LocalDate.of(2024, 6, 1 + i)));
        }

        List<Object> outcomes = atOnce(receiptIds.stream()
                .<Callable<Object>>map(id -> () -> revenue.distribute(fixture.officer(), id)).toList());

        assertThat(outcomes).allSatisfy(o -> assertThat(o).isInstanceOf(Distribution.class));
        List<Distribution> done = distributions.findByDisclosureIdOrderByIdAsc(fixture.caseId());
        // no receipt distributed twice, none left out
        assertThat(done).extracting(Distribution::receiptId).containsExactlyInAnyOrderElementsOf(receiptIds);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM distribution d JOIN receipt r ON r.id = d.receipt_id "
                + "WHERE r.disclosure_id = ?", Long.class, fixture.caseId())).isEqualTo(THREADS);

        long costsMinor = 185_055;
        long receivedMinor = done.stream().mapToLong(Distribution::receiptMinor).sum();
        // costs recovered exactly once: min(costs, receipts), never more
        assertThat(done.stream().mapToLong(Distribution::costRecoveredMinor).sum())
                .isEqualTo(Math.min(costsMinor, receivedMinor));
        // every distribution sums exactly to its receipt
        assertThat(done).allSatisfy(d -> assertThat(d.shares().stream().mapToLong(DistributionShare::amountMinor)
                .sum()).isEqualTo(d.receiptMinor()));

        // Replay one after the other in the order of commit. The lock is taken before the distribution row is
        // inserted and held until commit, so the distributions' ids are their commit order.
        DistributionPolicy policy = policies.findByInstitutionIdOrderByVersionNumber(
                fixture.director().institutionId()).get(0);
        List<Beneficiary> inventors = List.of(Beneficiary.inventor("Irene", null, new BigDecimal("60")),
                Beneficiary.inventor("Kofi", null, new BigDecimal("40")));
        long unrecovered = costsMinor;
        long cumulative = 0;
        Map<String, Long> expectedTotals = new HashMap<>();
        Map<String, Long> actualTotals = new HashMap<>();
        for (Distribution d : done.stream().sorted(Comparator.comparing(Distribution::id)).toList()) {
            assertThat(d.unrecoveredBeforeMinor()).as("unrecovered costs before distribution %d", d.id())
                    .isEqualTo(unrecovered);
            assertThat(d.cumulativeBeforeMinor()).as("cumulative net before distribution %d", d.id())
                    .isEqualTo(cumulative);
            Split expected = DistributionCalculator.split(d.receiptMinor(), unrecovered, cumulative, policy.terms(),
                    inventors, "Chemistry", fixture.institutionName());
            assertThat(d.shares()).extracting(DistributionShare::amountMinor).as("shares of distribution %d", d.id())
                    .containsExactlyElementsOf(expected.parts().stream().map(Split.Part::amountMinor).toList());
            expected.parts().forEach(p -> expectedTotals.merge(p.beneficiary().kind() + " " + p.beneficiary().name(),
                    p.amountMinor(), Long::sum));
            d.shares().forEach(s -> actualTotals.merge(s.kind() + " " + s.beneficiary(), s.amountMinor(),
                    Long::sum));
            unrecovered -= d.costRecoveredMinor();
            cumulative += d.netMinor();
        }
        assertThat(actualTotals).isEqualTo(expectedTotals);
        assertThat(unrecovered).isZero();
        // the run crossed both band limits, so the order mattered
        assertThat(cumulative).isGreaterThan(500_000);
    }

    @Test
    void aReceiptDistributedTwiceAtOnceIsDistributedOnceAndTheSecondCallRefused() throws Exception {
        long receiptId = recorded(new BigDecimal("4000.00"), LocalDate.of(2024, 7, 1));

        List<Object> outcomes = atOnce(List.of(() -> revenue.distribute(fixture.officer(), receiptId),
                () -> revenue.distribute(fixture.officer(), receiptId)));

        assertThat(outcomes).filteredOn(Distribution.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(RuleViolationException.class::isInstance).singleElement()
                .satisfies(e -> assertThat(((RuleViolationException) e).results().get(0).rule())
                        .isEqualTo("distribution.once"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM distribution WHERE receipt_id = ?", Long.class,
                receiptId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM case_event WHERE disclosure_id = ? AND action = "
                + "'RECEIPT_DISTRIBUTED'", Long.class, fixture.caseId())).isEqualTo(1);
        assertThat(distributions.findByReceiptId(receiptId)).hasValueSatisfying(d -> assertThat(d
                .costRecoveredMinor()).isEqualTo(185_055));
    }

    /** A receipt recorded without its distribution, as one loaded from a previous system is. */
    private long recorded(BigDecimal amount, LocalDate on) {
        return receipts.save(new Receipt(fixture.caseId(), fixture.director().institutionId(), null, null,
                AutmCategory.RUNNING_ROYALTY, USD, amount, on, null, "import", Instant.now())).id();
    }

    /** Runs the calls on their own threads, released together by one start gate; answers results or exceptions. */
    private List<Object> atOnce(List<Callable<Object>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Object>> futures = new ArrayList<>();
        for (Callable<Object> call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                start.await();
                try {
                    return call.call();
                } catch (RuntimeException e) {
                    return e;
                }
            }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("all threads at the gate").isTrue();
        start.countDown();
        List<Object> outcomes = new ArrayList<>();
        for (Future<Object> future : futures) {
            outcomes.add(future.get(60, TimeUnit.SECONDS));
        }
        return outcomes;
    }
}
