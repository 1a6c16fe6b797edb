package org.tto.checkpoint;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.tto.plan.CheckpointStanding;
import org.tto.plan.CheckpointStandings;

/** Where a plan's checkpoints stand, read from the checkpoint table. */
@Component
class JpaCheckpointStandings implements CheckpointStandings {

    private final CheckpointRepository checkpoints;

    JpaCheckpointStandings(CheckpointRepository checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Override
    public CheckpointStanding of(long planId) {
        return standing(checkpoints.findByPlanIdOrderByDueDateAscIdAsc(planId));
    }

    static CheckpointStanding standing(List<SustainabilityCheckpoint> all) {
        List<SustainabilityCheckpoint> judged = all.stream().filter(c -> c.judgedAt().isPresent())
                .sorted(Comparator.comparing((SustainabilityCheckpoint c) -> c.judgedAt().orElseThrow())
                        .thenComparing(SustainabilityCheckpoint::id))
                .toList();
        Optional<SustainabilityCheckpoint> latestFailure = judged.stream()
                .filter(c -> c.verdict().orElseThrow() == Verdict.FAIL).reduce((a, b) -> b);
        boolean latestFailed = !judged.isEmpty() && judged.get(judged.size() - 1).verdict().orElseThrow() == Verdict.FAIL;
        Instant failedAt = latestFailure.flatMap(SustainabilityCheckpoint::judgedAt).orElse(null);
        boolean recheckPassed = failedAt != null && judged.stream()
                .filter(c -> c.kind() == CheckpointKind.RECHECK && c.verdict().orElseThrow() == Verdict.PASS)
                .anyMatch(c -> c.judgedAt().orElseThrow().isAfter(failedAt)
                        || (c.judgedAt().orElseThrow().equals(failedAt) && c.id() > latestFailure.get().id()));
        boolean lastScheduledPassed = all.stream().filter(c -> c.kind() == CheckpointKind.SCHEDULED)
                .max(Comparator.comparing((SustainabilityCheckpoint c) -> c.monthsAfter().orElse(0)))
                .flatMap(SustainabilityCheckpoint::verdict).filter(Verdict.PASS::equals).isPresent();
        Optional<java.time.LocalDate> nextDue = all.stream().filter(c -> c.status() != CheckpointStatus.JUDGED)
                .map(SustainabilityCheckpoint::dueDate).min(java.time.LocalDate::compareTo);
        return new CheckpointStanding(latestFailure.map(SustainabilityCheckpoint::id), latestFailed, recheckPassed,
                lastScheduledPassed, nextDue);
    }
}
