package org.tto.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.tto.programme.PerformanceRules.Assessment;
import org.tto.programme.PerformanceRules.Light;

class PerformanceRulesTest {

    private static Assessment assess(String baseline, String target, String actual) {
        return PerformanceRules.assess(baseline == null ? null : new BigDecimal(baseline),
                target == null ? null : new BigDecimal(target), actual == null ? null : new BigDecimal(actual));
    }

    @Test
    void withoutATargetNothingIsAssessable() {
        assertThat(assess("1", null, "5")).isEqualTo(new Assessment(Light.NOT_ASSESSABLE,
                "no target for the period"));
    }

    @Test
    void withoutAFigureNothingIsAssessable() {
        assertThat(assess("1", "5", null)).isEqualTo(new Assessment(Light.NOT_ASSESSABLE,
                "no figure: nothing to measure against"));
    }

    @Test
    void reachingTheTargetExactlyIsFullyAchieved() {
        assertThat(assess("1", "5.00", "5")).isEqualTo(new Assessment(Light.FULLY_ACHIEVED,
                "5 reaches the target of 5"));
        assertThat(assess(null, "5", "7.50").light()).isEqualTo(Light.FULLY_ACHIEVED);
    }

    @Test
    void beyondTheBaselineButShortOfTheTargetIsPartial() {
        assertThat(assess("2", "5", "2.5")).isEqualTo(new Assessment(Light.PARTIALLY_ACHIEVED,
                "2.5 is beyond the baseline of 2 but short of the target of 5"));
        assertThat(assess("2", "5", "4.99").light()).isEqualTo(Light.PARTIALLY_ACHIEVED);
    }

    @Test
    void atTheBaselineIsNotAchieved() {
        assertThat(assess("2", "5", "2.00")).isEqualTo(new Assessment(Light.NOT_ACHIEVED,
                "2 is no progress from the baseline of 2 (target 5)"));
        assertThat(assess("2", "5", "1").light()).isEqualTo(Light.NOT_ACHIEVED);
    }

    @Test
    void withoutABaselineZeroIsTheStart() {
        assertThat(assess(null, "5", "0")).isEqualTo(new Assessment(Light.NOT_ACHIEVED,
                "0 is no progress from zero (target 5)"));
        assertThat(assess(null, "5", "0.01")).isEqualTo(new Assessment(Light.PARTIALLY_ACHIEVED,
                "0.01 is beyond zero but short of the target of 5"));
    }

    @Test
    void theMethodIsStatedBesideTheLights() {
        assertThat(PerformanceRules.METHOD).contains("Fully achieved", "Partially achieved", "Not achieved",
                "Not assessable");
    }
}
