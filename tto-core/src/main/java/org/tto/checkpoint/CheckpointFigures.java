package org.tto.checkpoint;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.tto.plan.ImplementationPlan;
import org.tto.plan.SustainabilityIndicator;

/**
 * What the institution's own records say each checkpoint indicator is, as of a day: the figure a checkpoint is
 * pre-filled with, kept beside what the coordinator submits.
 */
public interface CheckpointFigures {

    /** A computed value and how it was obtained (the rule, the window, the records counted). */
    record Computed(BigDecimal value, String basis) {}

    /** The computed value of every indicator the records can give; an indicator they cannot give is absent. */
    Map<SustainabilityIndicator, Computed> compute(ImplementationPlan plan, LocalDate asOf);
}
