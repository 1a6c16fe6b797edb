package org.tto.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tto.disclosure.Filing;
import org.tto.docketing.FilingKind;
import org.tto.licensing.AgreementStatus;
import org.tto.licensing.AgreementType;
import org.tto.licensing.LicenseeSize;
import org.tto.revenue.AutmCategory;
import org.tto.revenue.CaseCost;

/**
 * The rows of one institution the AUTM rules read, flattened so the rules are plain functions of them. Disclosures,
 * receipts and costs are those of the fiscal year; filings, agreements and start-ups are all the institution's (the
 * rules need earlier filings to tell a first filing, and earlier agreements to count the active ones).
 */
public record AutmFacts(List<DisclosureFact> disclosures, List<FilingFact> filings,
        List<AgreementFact> agreements, List<ReceiptFact> receipts, List<CostFact> costs,
        List<StartupFact> startups, ResearchFact research) {

    /** A disclosure received, on the day it was submitted (UTC). */
    public record DisclosureFact(long id, String reference, LocalDate receivedOn) {}

    public record FilingFact(long id, long disclosureId, String caseReference, String office, FilingKind kind,
            String applicationNumber, LocalDate filingDate, Set<Long> priorityClaims, Filing.Status status) {

        String label() {
            return office + " " + applicationNumber;
        }
    }

    /**
     * An agreement, or an option granted on a licensing path ({@code source} says which: the path's option is not a
     * licence agreement row, but AUTM counts it as an option executed).
     */
    public record AgreementFact(long id, long disclosureId, String licensee, AgreementType type,
            LicenseeSize licenseeSize, AgreementStatus status, LocalDate executedOn, LocalDate startDate,
            LocalDate endDate, String source) {

        public static final String AGREEMENT = "AGREEMENT";
        public static final String PATH_OPTION = "LICENSING_PATH_OPTION";

        public AgreementFact(long id, long disclosureId, String licensee, AgreementType type,
                LicenseeSize licenseeSize, AgreementStatus status, LocalDate executedOn, LocalDate startDate,
                LocalDate endDate) {
            this(id, disclosureId, licensee, type, licenseeSize, status, executedOn, startDate, endDate, AGREEMENT);
        }
    }

    public record ReceiptFact(long id, long disclosureId, String caseReference, Long agreementId,
            AutmCategory category, String currency, BigDecimal amount, LocalDate receivedOn) {}

    public record CostFact(long id, long disclosureId, String caseReference, CaseCost.Kind kind, String description,
            String currency, BigDecimal amount, LocalDate incurredOn) {}

    public record StartupFact(long id, long disclosureId, String name, LocalDate incorporatedOn, Long agreementId) {}

    public record ResearchFact(long id, String currency, BigDecimal amount, String source, String enteredBy) {}
}
