package org.tto.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.tto.plan.CheckpointStanding;
import org.tto.shared.RuleViolationException;

class CheckpointStandingTest {

    private static final LocalDate OPERATIONAL = LocalDate.of(2026, 1, 15);
    private static final Instant T0 = Instant.parse("2027-02-01T10:00:00Z");

    private long ids = 1;

    private SustainabilityCheckpoint scheduled(int months) {
        SustainabilityCheckpoint checkpoint = SustainabilityCheckpoint.scheduled(42L, months, OPERATIONAL);
        ReflectionTestUtils.setField(checkpoint, "id", ids++);
        return checkpoint;
    }

    private SustainabilityCheckpoint recheck() {
        SustainabilityCheckpoint checkpoint = SustainabilityCheckpoint.recheck(42L, OPERATIONAL.plusMonths(16));
        ReflectionTestUtils.setField(checkpoint, "id", ids++);
        return checkpoint;
    }

    private static void judge(SustainabilityCheckpoint checkpoint, Verdict verdict, int daysAfterT0) {
        checkpoint.submit(List.of(), "coordinator-ke", T0);
        checkpoint.judge(verdict, "reviewer", T0.plusSeconds(86_400L * daysAfterT0), null,
                verdict == Verdict.FAIL ? "reasons" : null,
                verdict == Verdict.CONDITIONAL ? List.of(new Condition("c", OPERATIONAL.plusYears(3))) : List.of());
    }

    @Test
    void scheduledCheckpointsFallDueMonthsAfterBecomingOperational() {
        assertThat(scheduled(12).dueDate()).isEqualTo(LocalDate.of(2027, 1, 15));
        assertThat(scheduled(36).dueDate()).isEqualTo(LocalDate.of(2029, 1, 15));
    }

    @Test
    void nothingJudgedYet() {
        CheckpointStanding standing = JpaCheckpointStandings.standing(List.of(scheduled(12), scheduled(24)));

        assertThat(standing.latestVerdictFailed()).isFalse();
        assertThat(standing.latestFailedCheckpoint()).isEmpty();
        assertThat(standing.lastScheduledPassed()).isFalse();
        assertThat(standing.nextDue()).contains(LocalDate.of(2027, 1, 15));
    }

    @Test
    void aFailureThenAPassingRecheckThenTheLastCheckpoint() {
        SustainabilityCheckpoint first = scheduled(12);
        SustainabilityCheckpoint second = scheduled(24);
        SustainabilityCheckpoint last = scheduled(36);
        SustainabilityCheckpoint recheck = recheck();
        judge(first, Verdict.FAIL, 0);

        CheckpointStanding atRisk = JpaCheckpointStandings.standing(List.of(first, second, last, recheck));
        assertThat(atRisk.latestVerdictFailed()).isTrue();
        assertThat(atRisk.latestFailedCheckpoint()).contains(first.id());
        assertThat(atRisk.recheckPassedSinceFailure()).isFalse();
        assertThat(atRisk.nextDue()).contains(recheck.dueDate());

        judge(recheck, Verdict.PASS, 100);
        CheckpointStanding recovered = JpaCheckpointStandings.standing(List.of(first, second, last, recheck));
        assertThat(recovered.latestVerdictFailed()).isFalse();
        assertThat(recovered.recheckPassedSinceFailure()).isTrue();
        assertThat(recovered.lastScheduledPassed()).isFalse();

        judge(second, Verdict.CONDITIONAL, 400);
        judge(last, Verdict.PASS, 800);
        CheckpointStanding done = JpaCheckpointStandings.standing(List.of(first, second, last, recheck));
        assertThat(done.lastScheduledPassed()).isTrue();
        assertThat(done.nextDue()).isEmpty();
    }

    @Test
    void aFailedRecheckIsTheLatestFailure() {
        SustainabilityCheckpoint first = scheduled(12);
        SustainabilityCheckpoint recheck = recheck();
        judge(first, Verdict.FAIL, 0);
        judge(recheck, Verdict.FAIL, 50);

        CheckpointStanding standing = JpaCheckpointStandings.standing(List.of(first, recheck));

        assertThat(standing.latestFailedCheckpoint()).contains(recheck.id());
        assertThat(standing.recheckPassedSinceFailure()).isFalse();
    }

    @Test
    void aVerdictNeedsSubmittedFiguresAndAFailItsReasons() {
        SustainabilityCheckpoint checkpoint = scheduled(12);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checkpoint.judge(Verdict.PASS, "r", T0, null, null,
                List.of())).isInstanceOf(RuleViolationException.class).hasMessageContaining("DUE");
        checkpoint.submit(List.of(), "c", T0);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checkpoint.judge(Verdict.FAIL, "r", T0, null, " ",
                List.of())).isInstanceOf(RuleViolationException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> checkpoint.judge(Verdict.CONDITIONAL, "r", T0, null,
                null, List.of())).isInstanceOf(RuleViolationException.class);
        assertThat(checkpoint.status()).isEqualTo(CheckpointStatus.SUBMITTED);
    }
}
