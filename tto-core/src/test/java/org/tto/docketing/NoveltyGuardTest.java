package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tto.docketing.NoveltyRisk.Effect;
import org.tto.docketing.NoveltyRisk.Jurisdiction;

class NoveltyGuardTest {

    private static final List<NoveltyGraceRule> RULES = List.of(
            NoveltyGraceRule.absoluteNovelty("EP", "European Patent Organisation", "EPC Art. 54"),
            NoveltyGraceRule.gracePeriod("US", "United States of America", 12, "35 U.S.C. 102(b)(1)(A)"),
            NoveltyGraceRule.gracePeriod("CN", "China", 6, "Patent Law of the PRC Art. 24"));

    private static final LocalDate PAPER = LocalDate.of(2026, 3, 31);
    private static final LocalDate TODAY = LocalDate.of(2026, 4, 20);

    @Test
    void noFilingYetIsAtRiskEverywhereWithTheFileByDatesOfTheGracePeriods() {
        NoveltyRisk risk = NoveltyGuard.assess(PAPER, null, TODAY, RULES);

        assertThat(risk.atRisk()).isTrue();
        assertThat(risk.firstFilingDate()).isNull();
        assertThat(risk.jurisdictions()).containsExactly(
                new Jurisdiction("EP", "European Patent Organisation", Effect.DESTROYS_NOVELTY, null, null,
                        "EPC Art. 54"),
                new Jurisdiction("US", "United States of America", Effect.GRACE_PERIOD, 12, LocalDate.of(2027, 3, 31),
                        "35 U.S.C. 102(b)(1)(A)"),
                // 31 March + 6 months: no 31 September, so the month's end
                new Jurisdiction("CN", "China", Effect.GRACE_PERIOD, 6, LocalDate.of(2026, 9, 30),
                        "Patent Law of the PRC Art. 24"));
    }

    @Test
    void aDisclosureAfterTheFirstFilingIsNoRisk() {
        NoveltyRisk risk = NoveltyGuard.assess(PAPER, LocalDate.of(2026, 3, 30), TODAY, RULES);

        assertThat(risk.atRisk()).isFalse();
        assertThat(risk.jurisdictions()).isEmpty();
    }

    @Test
    void aDisclosureOnTheFilingDayIsNoRisk() {
        assertThat(NoveltyGuard.assess(PAPER, PAPER, TODAY, RULES).atRisk()).isFalse();
    }

    @Test
    void aFilingWithinTheGracePeriodKeepsNoveltyThereButNotUnderAbsoluteNovelty() {
        NoveltyRisk risk = NoveltyGuard.assess(PAPER, LocalDate.of(2026, 9, 30), TODAY, RULES);

        assertThat(risk.atRisk()).isTrue();
        assertThat(risk.jurisdictions()).extracting(Jurisdiction::code, Jurisdiction::effect).containsExactly(
                tuple("EP", Effect.DESTROYS_NOVELTY),
                tuple("US", Effect.GRACE_PERIOD),
                tuple("CN", Effect.GRACE_PERIOD));
    }

    @Test
    void aFilingBeyondAGracePeriodHasLostNoveltyThere() {
        NoveltyRisk risk = NoveltyGuard.assess(PAPER, LocalDate.of(2026, 10, 1), TODAY, RULES);

        assertThat(risk.jurisdictions()).extracting(Jurisdiction::code, Jurisdiction::effect).containsExactly(
                tuple("EP", Effect.DESTROYS_NOVELTY),
                tuple("US", Effect.GRACE_PERIOD),
                tuple("CN", Effect.DESTROYS_NOVELTY));
        assertThat(risk.jurisdictions().get(2).fileBy()).as("when the grace period ended")
                .isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    void withNoFilingAGracePeriodThatHasRunOutByTodayIsLost() {
        NoveltyRisk risk = NoveltyGuard.assess(PAPER, null, LocalDate.of(2026, 10, 1), RULES);

        assertThat(risk.jurisdictions()).extracting(Jurisdiction::effect)
                .containsExactly(Effect.DESTROYS_NOVELTY, Effect.GRACE_PERIOD, Effect.DESTROYS_NOVELTY);
    }

    @Test
    void aPlannedDisclosureIsJudgedTheSameWay() {
        NoveltyRisk risk = NoveltyGuard.assess(LocalDate.of(2026, 6, 1), null, TODAY, RULES);

        assertThat(risk.atRisk()).isTrue();
        assertThat(risk.jurisdictions()).extracting(Jurisdiction::effect)
                .containsExactly(Effect.DESTROYS_NOVELTY, Effect.GRACE_PERIOD, Effect.GRACE_PERIOD);
    }

    @Test
    void aDisclosureDateIsRequired() {
        assertThatThrownBy(() -> NoveltyGuard.assess(null, null, TODAY, RULES))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
