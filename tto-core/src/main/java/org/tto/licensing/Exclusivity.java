package org.tto.licensing;

import java.time.LocalDate;
import java.util.List;
import org.tto.shared.RuleViolationException;

/**
 * The exclusivity rule of a case's licences and options, in one place. Two grants collide when they cover the same
 * field of use in the same territory (both compared without regard to case) for an overlapping time, and one of them
 * is exclusive:
 * <ul>
 * <li>a licence, drafted or executed, collides with an executed agreement of the case (licence or option);</li>
 * <li>an option collides with a live agreement of the case (drafted, approved or executed; not withdrawn);</li>
 * <li>an unexpired exclusive option held by another open path's prospect reserves its field and territory: no other
 * option or licence starts there before it expires.</li>
 * </ul>
 * Times are half-open: a grant ending on a day leaves that day to the next. The new grant's field and territory are
 * compared trimmed, the existing ones as stored.
 */
final class Exclusivity {

    private Exclusivity() {}

    /** A licence (drafted, or about to be executed) beside the case's executed agreements. */
    static void requireLicenceFree(LicenseAgreement licence, List<LicenseAgreement> caseAgreements) {
        for (LicenseAgreement other : caseAgreements) {
            if (other == licence || other.id() != null && other.id().equals(licence.id())) {
                continue;
            }
            boolean exclusive = licence.type() == AgreementType.EXCLUSIVE || other.type() == AgreementType.EXCLUSIVE;
            if (exclusive && other.status() == AgreementStatus.EXECUTED
                    && sameScope(other, licence.fieldOfUse(), licence.territory())
                    && overlap(licence.startDate(), licence.endDate(), other.startDate(), other.endDate())) {
                throw new RuleViolationException("license.exclusivity", "Agreement " + other.id() + " ("
                        + other.type() + ", " + other.status() + ") already covers " + other.fieldOfUse() + " in "
                        + other.territory() + " from " + other.startDate() + " to " + other.endDate()
                        + "; an exclusive licence cannot share a field of use and territory.");
            }
        }
    }

    /** An option about to be granted beside the case's live agreements. */
    static void requireOptionFree(OptionGrant option, List<LicenseAgreement> caseAgreements) {
        for (LicenseAgreement other : caseAgreements) {
            boolean exclusive = Boolean.TRUE.equals(option.exclusive()) || other.type() == AgreementType.EXCLUSIVE;
            if (exclusive && other.status() != AgreementStatus.WITHDRAWN
                    && sameScope(other, option.fieldOfUse(), option.territory())
                    && overlap(option.grantedOn(), option.expiresOn(), other.startDate(), other.endDate())) {
                throw new RuleViolationException("license.exclusivity", "Agreement " + other.id() + " ("
                        + other.type() + ", " + other.status() + ") with " + other.licensee() + " covers "
                        + other.fieldOfUse() + " in " + other.territory() + " from " + other.startDate() + " to "
                        + other.endDate() + "; an option there cannot be exclusive of it, nor it of the option.");
            }
        }
    }

    /**
     * An option or licence of {@code path} in a field and territory, starting {@code on}, beside the exclusive options
     * of the case's other paths: those of another prospect, while their path is open (once it ended, abandoned or
     * exercised into a licence that {@link #requireLicenceFree} then guards, the option reserves nothing).
     */
    static void requireNotReserved(LicensingPath path, String fieldOfUse, String territory, LocalDate on,
            List<LicensingPath> casePaths) {
        for (LicensingPath other : casePaths) {
            if (other.id().equals(path.id()) || other.stage().ended() || other.option() == null
                    || other.prospectId().equals(path.prospectId())) {
                continue;
            }
            if (reserves(other.option(), fieldOfUse, territory, on)) {
                throw new RuleViolationException("license.option-reserved", "Path " + other.id() + " holds an "
                        + "exclusive option for " + other.option().fieldOfUse() + " in " + other.option().territory()
                        + " until " + other.option().expiresOn() + ".");
            }
        }
    }

    /** Whether an option keeps others out of a field and territory on that day: exclusive, not yet expired. */
    private static boolean reserves(OptionGrant option, String fieldOfUse, String territory, LocalDate on) {
        return Boolean.TRUE.equals(option.exclusive())
                && sameScope(option.fieldOfUse(), option.territory(), fieldOfUse, territory)
                && on.isBefore(option.expiresOn());
    }

    private static boolean sameScope(LicenseAgreement existing, String fieldOfUse, String territory) {
        return sameScope(existing.fieldOfUse(), existing.territory(), fieldOfUse, territory);
    }

    private static boolean sameScope(String existingField, String existingTerritory, String fieldOfUse,
            String territory) {
        return existingField.equalsIgnoreCase(fieldOfUse.trim())
                && existingTerritory.equalsIgnoreCase(territory.trim());
    }

    /** Whether [start, end) and [otherStart, otherEnd) share a day. */
    private static boolean overlap(LocalDate start, LocalDate end, LocalDate otherStart, LocalDate otherEnd) {
        return start.isBefore(otherEnd) && otherStart.isBefore(end);
    }
}
