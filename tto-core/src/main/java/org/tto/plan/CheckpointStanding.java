package org.tto.plan;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What the plan's sustainability checkpoints say, as far as the plan's transitions care.
 *
 * @param latestFailedCheckpoint   the checkpoint of the latest fail verdict, if any
 * @param latestVerdictFailed      whether the latest verdict given on the plan was a fail
 * @param recheckPassedSinceFailure whether a re-check passed after the latest fail verdict
 * @param lastScheduledPassed      whether the last scheduled checkpoint (e.g. at 36 months) has passed
 * @param nextDue                  the due date of the next checkpoint without a verdict
 */
public record CheckpointStanding(Optional<Long> latestFailedCheckpoint, boolean latestVerdictFailed,
        boolean recheckPassedSinceFailure, boolean lastScheduledPassed, Optional<LocalDate> nextDue) {

    public static final CheckpointStanding NONE =
            new CheckpointStanding(Optional.empty(), false, false, false, Optional.empty());
}
