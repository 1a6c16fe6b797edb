package org.tto.disclosure;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tto.docketing.FilingKind;

/** What callers ask of a case, as plain records (validated at the edge, guarded again by the aggregate). */
public final class Commands {

    private Commands() {}

    public record SubmitDisclosure(String title, String summary, String confidentialDescription, String keywords,
            int trl, List<NewInventor> inventors, List<NewFunding> funding,
            List<NewPublicDisclosure> publicDisclosures) {}

    public record NewInventor(String name, String email, String affiliation, BigDecimal sharePercent,
            String username) {}

    public record NewFunding(String sponsor, String grantId, String obligations) {}

    public record NewPublicDisclosure(LocalDate date, PublicDisclosureKind kind, String description) {}

    public record Triage(TriageOutcome outcome, String note) {}

    public record AnswerQuestions(String answers, List<NewPublicDisclosure> publicDisclosures) {}

    public record DecideProtection(ProtectionOutcome outcome, String reason) {}

    /**
     * @param priorityClaims application numbers of earlier filings of this case whose priority is claimed
     */
    public record NewFiling(String office, FilingKind kind, String applicationNumber, LocalDate filingDate,
            Set<String> priorityClaims, Set<String> targetOffices) {}

    public record RecordFilings(List<NewFiling> filings) {}

    public record CloseDeadline(Deadline.Status outcome, String reason) {}
}
