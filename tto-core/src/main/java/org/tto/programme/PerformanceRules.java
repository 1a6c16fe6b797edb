package org.tto.programme;

import java.math.BigDecimal;

/**
 * The traffic light of a figure in WIPO's programme performance report: fully achieved, partially achieved, not
 * achieved, or not assessable. The report states the rule beside the lights, since the judgement is WIPO's to make
 * and this is a proposal to start from.
 */
public final class PerformanceRules {

    /** A figure's light. */
    public enum Light {
        FULLY_ACHIEVED,
        PARTIALLY_ACHIEVED,
        NOT_ACHIEVED,
        NOT_ASSESSABLE
    }

    /** A light and the sentence that says why. */
    public record Assessment(Light light, String why) {}

    public static final String METHOD = "Fully achieved: the performance reaches the target. Partially achieved: it "
            + "moved beyond the baseline (or above zero, without a baseline) without reaching the target. Not "
            + "achieved: no progress from the baseline (or zero). Not assessable: no target for the period, or no "
            + "figure (a ratio over nothing).";

    private PerformanceRules() {}

    /** The light of a measure that ascends (more is better), as every indicator of the starting set does. */
    public static Assessment assess(BigDecimal baseline, BigDecimal target, BigDecimal actual) {
        if (target == null) {
            return new Assessment(Light.NOT_ASSESSABLE, "no target for the period");
        }
        if (actual == null) {
            return new Assessment(Light.NOT_ASSESSABLE, "no figure: nothing to measure against");
        }
        if (actual.compareTo(target) >= 0) {
            return new Assessment(Light.FULLY_ACHIEVED, plain(actual) + " reaches the target of " + plain(target));
        }
        BigDecimal from = baseline == null ? BigDecimal.ZERO : baseline;
        String start = baseline == null ? "zero" : "the baseline of " + plain(baseline);
        if (actual.compareTo(from) > 0) {
            return new Assessment(Light.PARTIALLY_ACHIEVED, plain(actual) + " is beyond " + start
                    + " but short of the target of " + plain(target));
        }
        return new Assessment(Light.NOT_ACHIEVED, plain(actual) + " is no progress from " + start + " (target "
                + plain(target) + ")");
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
