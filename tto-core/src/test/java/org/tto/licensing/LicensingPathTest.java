package org.tto.licensing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;

/** The stages of a licensing path, in order, and the agreement held to the term sheet. */
class LicensingPathTest {

    private static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);

    @Test
    void stepsRunInOrderAndNoneCanBeSkipped() {
        LicensingPath path = path();
        assertThatThrownBy(() -> path.chooseProspect(prospect("Maji Safi Ltd", false)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("at BRIEF");
        path.briefWritten();
        path.chooseProspect(prospect("Maji Safi Ltd", false));
        assertThat(path.stage()).isEqualTo(PathStage.CONFIDENTIALITY);
        path.recordConfidentiality(nda(), false);
        assertThat(path.stage()).as("no option asked: straight to the term sheet").isEqualTo(PathStage.TERM_SHEET);
        assertThatThrownBy(() -> path.grantOption(option(true)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("belongs to OPTION");
    }

    @Test
    void anOptionFollowsTheNdaAndEndsAfterItIsGranted() {
        LicensingPath path = atConfidentiality(prospect("Maji Safi Ltd", false));
        path.recordConfidentiality(nda(), true);
        assertThat(path.stage()).isEqualTo(PathStage.OPTION);
        OptionGrant backwards = new OptionGrant(true, "water treatment", "East Africa", SIGNED.plusMonths(6),
                SIGNED.plusMonths(1), "USD", BigDecimal.TEN);
        assertThatThrownBy(() -> path.grantOption(backwards)).isInstanceOf(InvalidInputException.class);
        OptionGrant beforeNda = new OptionGrant(true, "water treatment", "East Africa", SIGNED.minusDays(1),
                SIGNED.plusMonths(6), "USD", BigDecimal.TEN);
        assertThatThrownBy(() -> path.grantOption(beforeNda)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(SIGNED.toString());
        path.grantOption(option(true));
        assertThat(path.stage()).isEqualTo(PathStage.TERM_SHEET);
    }

    @Test
    void theAgreementMustBeTheTermSheetsLicenseeTypeFieldAndTerritory() {
        Prospect majiSafi = prospect("Maji Safi Ltd", false);
        LicensingPath path = atTermSheet(majiSafi);
        path.agreeTermSheet(new TermSheet(SIGNED.plusMonths(1), AgreementType.EXCLUSIVE, "water treatment",
                "East Africa", "5 % royalty"));

        assertThatThrownBy(() -> path.draftedAs(agreement("AquaPure SA", AgreementType.NON_EXCLUSIVE, "irrigation",
                false), majiSafi)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("licensee AquaPure SA is not Maji Safi Ltd")
                .hasMessageContaining("type NON_EXCLUSIVE is not EXCLUSIVE")
                .hasMessageContaining("field of use 'irrigation' is not 'water treatment'");
        assertThat(path.agreementId()).isNull();

        path.draftedAs(agreement("maji safi ltd", AgreementType.EXCLUSIVE, "Water Treatment", false), majiSafi);
        assertThat(path.agreementId()).isEqualTo(900L);
        assertThatThrownBy(() -> path.draftedAs(agreement("Maji Safi Ltd", AgreementType.EXCLUSIVE,
                "water treatment", false), majiSafi)).hasMessageContaining("already drafted");
    }

    @Test
    void aProspectLinkedToAnInventorMustBeFlaggedOnTheAgreement() {
        Prospect linked = prospect("Maji Safi Ltd", true);
        LicensingPath path = atTermSheet(linked);
        path.agreeTermSheet(new TermSheet(SIGNED, AgreementType.EXCLUSIVE, "water treatment", "East Africa", "x"));
        assertThatThrownBy(() -> path.draftedAs(agreement("Maji Safi Ltd", AgreementType.EXCLUSIVE,
                "water treatment", false), linked)).isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("conflict of interest");
        path.draftedAs(agreement("Maji Safi Ltd", AgreementType.EXCLUSIVE, "water treatment", true), linked);
        assertThat(path.agreementId()).isNotNull();
    }

    @Test
    void aTermSheetIsForALicenceNotAnOption() {
        LicensingPath path = atTermSheet(prospect("Maji Safi Ltd", false));
        assertThatThrownBy(() -> path.agreeTermSheet(new TermSheet(SIGNED, AgreementType.OPTION, "f", "t", "x")))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anEndedPathCannotBeAbandonedAndADeclinedProspectCannotBeChosen() {
        LicensingPath path = path();
        path.abandon("The market moved", SIGNED);
        assertThat(path.stage()).isEqualTo(PathStage.ABANDONED);
        assertThat(path.endReason()).isEqualTo("The market moved");
        assertThatThrownBy(() -> path.abandon("again", SIGNED)).hasMessageContaining("already ended ABANDONED");

        LicensingPath other = path();
        other.briefWritten();
        Prospect declined = prospect("AquaPure SA", false);
        declined.changeStatus(Prospect.Status.DECLINED);
        assertThatThrownBy(() -> other.chooseProspect(declined)).hasMessageContaining("declined");
        assertThatThrownBy(() -> declined.changeStatus(Prospect.Status.NEGOTIATING))
                .hasMessageContaining("marketing task");
    }

    @Test
    void aFirstInteractionMovesAnIdentifiedProspectToContacted() {
        Prospect prospect = prospect("Maji Safi Ltd", false);
        assertThat(prospect.status()).isEqualTo(Prospect.Status.IDENTIFIED);
        prospect.record(new ProspectInteraction(SIGNED, ProspectInteraction.Channel.CALL, "Intro", null, "o"));
        assertThat(prospect.status()).isEqualTo(Prospect.Status.CONTACTED);
        prospect.changeStatus(Prospect.Status.INTERESTED);
        prospect.record(new ProspectInteraction(SIGNED, ProspectInteraction.Channel.MEETING, "Demo", null, "o"));
        assertThat(prospect.status()).as("later contacts keep the status").isEqualTo(Prospect.Status.INTERESTED);
        assertThat(prospect.interactions()).hasSize(2);
    }

    private static LicensingPath path() {
        return new LicensingPath(1L, 2L, "pi-1", "officer-a", Instant.parse("2026-03-01T08:00:00Z"));
    }

    private static LicensingPath atConfidentiality(Prospect prospect) {
        LicensingPath path = path();
        path.briefWritten();
        path.chooseProspect(prospect);
        return path;
    }

    private static LicensingPath atTermSheet(Prospect prospect) {
        LicensingPath path = atConfidentiality(prospect);
        path.recordConfidentiality(nda(), false);
        return path;
    }

    private static Confidentiality nda() {
        return new Confidentiality(Confidentiality.Kind.NDA, SIGNED, SIGNED.plusYears(3), "NDA-17");
    }

    private static OptionGrant option(boolean exclusive) {
        return new OptionGrant(exclusive, "water treatment", "East Africa", SIGNED.plusDays(10),
                SIGNED.plusMonths(6), "USD", new BigDecimal("2500"));
    }

    private static Prospect prospect(String company, boolean linked) {
        Prospect prospect = new Prospect(1L, 2L, new LicensingCommands.AddProspect(company, LicenseeSize.SMALL, "KE", null, null,
                linked), "officer-a", Instant.now());
        ReflectionTestUtils.setField(prospect, "id", 40L);
        return prospect;
    }

    private static LicenseAgreement agreement(String licensee, AgreementType type, String field, boolean linked) {
        LicenseAgreement agreement = new LicenseAgreement(1L, 2L, new LicenseTerms(licensee, null, linked, type,
                field, "East Africa", SIGNED, SIGNED.plusYears(3), "USD", BigDecimal.ZERO,
                List.of(new RoyaltyTier(BigDecimal.ZERO, new BigDecimal("5"))), BigDecimal.ZERO, List.of(),
                BigDecimal.ZERO, false, ReportingPeriod.ANNUAL, LicenseeSize.SMALL), "officer-a", Instant.now());
        ReflectionTestUtils.setField(agreement, "id", 900L);
        return agreement;
    }
}
