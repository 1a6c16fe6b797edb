package org.tto.licensing;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.tto.shared.RuleViolationException;
import org.tto.shared.RuleViolationException.RuleResult;

/** The exclusivity rule of a case's licences and options: each kind of collision, and what does not collide. */
class ExclusivityTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2029, 1, 1);

    @Test
    void aLicenceBesideAnExecutedLicenceOfTheSameFieldTerritoryAndTimeIsRefusedWhenEitherIsExclusive() {
        LicenseAgreement executed = executed(agreement(901, AgreementType.NON_EXCLUSIVE, "water treatment",
                "East Africa", START, END));
        LicenseAgreement exclusive = agreement(902, AgreementType.EXCLUSIVE, "Water Treatment", "east africa",
                START.plusYears(1), END.plusYears(1));
        refused(() -> Exclusivity.requireLicenceFree(exclusive, List.of(executed, exclusive)), "license.exclusivity",
                "Agreement 901 (NON_EXCLUSIVE, EXECUTED) already covers water treatment in East Africa from "
                        + "2026-01-01 to 2029-01-01; an exclusive licence cannot share a field of use and territory.");

        LicenseAgreement executedExclusive = executed(agreement(903, AgreementType.EXCLUSIVE, "diagnostics",
                "Kenya", START, END));
        LicenseAgreement nonExclusive = agreement(904, AgreementType.NON_EXCLUSIVE, "diagnostics", "Kenya", START,
                END);
        refused(() -> Exclusivity.requireLicenceFree(nonExclusive, List.of(executedExclusive)),
                "license.exclusivity", "Agreement 903 (EXCLUSIVE, EXECUTED) already covers diagnostics in Kenya");
    }

    @Test
    void aLicenceInAnotherFieldTerritoryOrTimeIsAllowed() {
        List<LicenseAgreement> caseAgreements = List.of(executed(agreement(901, AgreementType.EXCLUSIVE,
                "water treatment", "East Africa", START, END)));
        allowed(() -> Exclusivity.requireLicenceFree(agreement(902, AgreementType.EXCLUSIVE, "irrigation",
                "East Africa", START, END), caseAgreements));
        allowed(() -> Exclusivity.requireLicenceFree(agreement(903, AgreementType.EXCLUSIVE, "water treatment",
                "West Africa", START, END), caseAgreements));
        allowed(() -> Exclusivity.requireLicenceFree(agreement(904, AgreementType.EXCLUSIVE, "water treatment",
                "East Africa", END, END.plusYears(2)), caseAgreements));
    }

    @Test
    void nonExclusiveLicencesShareAField() {
        LicenseAgreement executed = executed(agreement(901, AgreementType.NON_EXCLUSIVE, "water treatment",
                "East Africa", START, END));
        allowed(() -> Exclusivity.requireLicenceFree(agreement(902, AgreementType.NON_EXCLUSIVE, "water treatment",
                "East Africa", START, END), List.of(executed)));
    }

    @Test
    void onlyAnExecutedAgreementBlocksALicenceAndAnAgreementNeverBlocksItself() {
        LicenseAgreement draft = agreement(901, AgreementType.EXCLUSIVE, "water treatment", "East Africa", START,
                END);
        allowed(() -> Exclusivity.requireLicenceFree(agreement(902, AgreementType.EXCLUSIVE, "water treatment",
                "East Africa", START, END), List.of(draft)));
        LicenseAgreement executed = executed(agreement(903, AgreementType.EXCLUSIVE, "water treatment",
                "East Africa", START, END));
        allowed(() -> Exclusivity.requireLicenceFree(executed, List.of(executed)));
    }

    @Test
    void anOptionBesideALiveAgreementOfTheSameFieldTerritoryAndTimeIsRefusedWhenEitherIsExclusive() {
        LicenseAgreement draft = agreement(901, AgreementType.NON_EXCLUSIVE, "water treatment", "East Africa",
                START, END);
        refused(() -> Exclusivity.requireOptionFree(option(true, " Water Treatment ", "East Africa",
                START.minusMonths(2), START.plusMonths(1)), List.of(draft)), "license.exclusivity",
                "Agreement 901 (NON_EXCLUSIVE, DRAFT) with Licensee 901 covers water treatment in East Africa from "
                        + "2026-01-01 to 2029-01-01; an option there cannot be exclusive of it, nor it of the option.");

        LicenseAgreement exclusive = executed(agreement(902, AgreementType.EXCLUSIVE, "diagnostics", "Kenya", START,
                END));
        refused(() -> Exclusivity.requireOptionFree(option(false, "diagnostics", "Kenya", START.plusYears(1),
                START.plusYears(2)), List.of(exclusive)), "license.exclusivity",
                "Agreement 902 (EXCLUSIVE, EXECUTED)");
    }

    @Test
    void anOptionBesideANonExclusiveWithdrawnOrDisjointAgreementIsAllowed() {
        LicenseAgreement nonExclusive = agreement(901, AgreementType.NON_EXCLUSIVE, "water treatment",
                "East Africa", START, END);
        allowed(() -> Exclusivity.requireOptionFree(option(false, "water treatment", "East Africa", START, END),
                List.of(nonExclusive)));

        LicenseAgreement withdrawn = agreement(902, AgreementType.EXCLUSIVE, "water treatment", "East Africa", START,
                END);
        withdrawn.withdraw();
        allowed(() -> Exclusivity.requireOptionFree(option(true, "water treatment", "East Africa", START, END),
                List.of(withdrawn)));

        LicenseAgreement exclusive = agreement(903, AgreementType.EXCLUSIVE, "water treatment", "East Africa", START,
                END);
        allowed(() -> Exclusivity.requireOptionFree(option(true, "water treatment", "Kenya", START, END),
                List.of(exclusive)));
        allowed(() -> Exclusivity.requireOptionFree(option(true, "water treatment", "East Africa",
                START.minusMonths(6), START), List.of(exclusive)));
    }

    @Test
    void anotherProspectsUnexpiredExclusiveOptionReservesItsFieldAndTerritory() {
        LicensingPath holder = pathWithOption(11, 41, option(true, "water treatment", "East Africa", START,
                START.plusMonths(6)));
        LicensingPath rival = pathWithProspect(12, 42);
        refused(() -> Exclusivity.requireNotReserved(rival, " Water Treatment ", "east africa", START.plusMonths(1),
                List.of(holder, rival)), "license.option-reserved",
                "Path 11 holds an exclusive option for water treatment in East Africa until 2026-07-01.");
    }

    @Test
    void anExpiredNonExclusiveEndedOrOwnOptionOrOneInAnotherFieldReservesNothing() {
        OptionGrant exclusive = option(true, "water treatment", "East Africa", START, START.plusMonths(6));
        LicensingPath rival = pathWithProspect(12, 42);
        LicensingPath holder = pathWithOption(11, 41, exclusive);
        allowed(() -> Exclusivity.requireNotReserved(rival, "water treatment", "East Africa", exclusive.expiresOn(),
                List.of(holder, rival)));
        allowed(() -> Exclusivity.requireNotReserved(rival, "irrigation", "East Africa", START.plusMonths(1),
                List.of(holder, rival)));

        LicensingPath nonExclusive = pathWithOption(13, 43, option(false, "water treatment", "East Africa", START,
                START.plusMonths(6)));
        allowed(() -> Exclusivity.requireNotReserved(rival, "water treatment", "East Africa", START.plusMonths(1),
                List.of(nonExclusive, rival)));

        LicensingPath abandoned = pathWithOption(14, 44, exclusive);
        abandoned.abandon("The prospect walked away", START.plusMonths(1));
        allowed(() -> Exclusivity.requireNotReserved(rival, "water treatment", "East Africa", START.plusMonths(2),
                List.of(abandoned, rival)));

        allowed(() -> Exclusivity.requireNotReserved(holder, "water treatment", "East Africa", START.plusMonths(1),
                List.of(holder, rival)));
        LicensingPath sameProspect = pathWithProspect(15, 41);
        allowed(() -> Exclusivity.requireNotReserved(sameProspect, "water treatment", "East Africa",
                START.plusMonths(1), List.of(holder, sameProspect)));
    }

    private static void refused(ThrowingCallable check, String rule, String message) {
        assertThatThrownBy(check).isInstanceOf(RuleViolationException.class).hasMessageContaining(message)
                .extracting(e -> ((RuleViolationException) e).results().get(0)).extracting(RuleResult::rule)
                .isEqualTo(rule);
    }

    private static void allowed(ThrowingCallable check) {
        assertThatCode(check).doesNotThrowAnyException();
    }

    private static LicenseAgreement agreement(long id, AgreementType type, String field, String territory,
            LocalDate start, LocalDate end) {
        LicenseAgreement agreement = new LicenseAgreement(1L, 2L, new LicenseTerms("Licensee " + id, null, false,
                type, field, territory, start, end, "USD", BigDecimal.ZERO,
                List.of(new RoyaltyTier(BigDecimal.ZERO, new BigDecimal("5"))), BigDecimal.ZERO, List.of(),
                BigDecimal.ZERO, false, ReportingPeriod.ANNUAL, LicenseeSize.SMALL), "officer-a", Instant.now());
        ReflectionTestUtils.setField(agreement, "id", id);
        return agreement;
    }

    private static LicenseAgreement executed(LicenseAgreement agreement) {
        agreement.approve("director-a");
        agreement.execute(agreement.startDate());
        return agreement;
    }

    private static OptionGrant option(boolean exclusive, String field, String territory, LocalDate grantedOn,
            LocalDate expiresOn) {
        return new OptionGrant(exclusive, field, territory, grantedOn, expiresOn, "USD", new BigDecimal("2500"));
    }

    /** A path negotiating with that prospect. */
    private static LicensingPath pathWithProspect(long id, long prospectId) {
        LicensingPath path = new LicensingPath(1L, 2L, "pi-" + id, "officer-a", Instant.parse("2025-12-01T08:00:00Z"));
        ReflectionTestUtils.setField(path, "id", id);
        path.briefWritten();
        Prospect prospect = new Prospect(1L, 2L, new LicensingCommands.AddProspect("Prospect " + prospectId,
                LicenseeSize.SMALL, "KE", null, null, false), "officer-a", Instant.now());
        ReflectionTestUtils.setField(prospect, "id", prospectId);
        path.chooseProspect(prospect);
        return path;
    }

    /** A path whose prospect holds this option. */
    private static LicensingPath pathWithOption(long id, long prospectId, OptionGrant option) {
        LicensingPath path = pathWithProspect(id, prospectId);
        path.recordConfidentiality(new Confidentiality(Confidentiality.Kind.NDA, option.grantedOn(), null, "NDA-"
                + id), true);
        path.grantOption(option);
        return path;
    }
}
