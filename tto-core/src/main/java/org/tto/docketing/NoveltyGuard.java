package org.tto.docketing;

import java.time.LocalDate;
import java.util.List;
import org.tto.docketing.NoveltyRisk.Effect;
import org.tto.docketing.NoveltyRisk.Jurisdiction;

/**
 * What a public disclosure does to novelty, jurisdiction by jurisdiction. A disclosure on or after the first filing is
 * no risk (the filing came first). One before it, or with no filing yet, is prior art where novelty is absolute; where
 * there is a grace period it is harmless if the first filing is made by the end of the grace period ({@code fileBy},
 * not moved off weekends: the conservative date), and prior art once that date has passed.
 */
public final class NoveltyGuard {

    private NoveltyGuard() {}

    /**
     * @param today  to tell whether a grace period has already run out when there is no filing yet
     */
    public static NoveltyRisk assess(LocalDate disclosureDate, LocalDate firstFilingDateOrNull, LocalDate today,
            List<NoveltyGraceRule> rules) {
        if (disclosureDate == null) {
            throw new IllegalArgumentException("disclosure date is required");
        }
        boolean atRisk = firstFilingDateOrNull == null || disclosureDate.isBefore(firstFilingDateOrNull);
        List<Jurisdiction> jurisdictions = atRisk
                ? rules.stream().map(rule -> judge(rule, disclosureDate, firstFilingDateOrNull, today)).toList()
                : List.of();
        return new NoveltyRisk(disclosureDate, firstFilingDateOrNull, atRisk, jurisdictions);
    }

    private static Jurisdiction judge(NoveltyGraceRule rule, LocalDate disclosure, LocalDate firstFiling,
            LocalDate today) {
        if (rule.graceMonths().isEmpty()) {
            return new Jurisdiction(rule.code(), rule.name(), Effect.DESTROYS_NOVELTY, null, null, rule.legalBasis());
        }
        int months = rule.graceMonths().get();
        LocalDate fileBy = Months.add(disclosure, months);
        LocalDate filedOrToday = firstFiling != null ? firstFiling : today;
        Effect effect = filedOrToday.isAfter(fileBy) ? Effect.DESTROYS_NOVELTY : Effect.GRACE_PERIOD;
        return new Jurisdiction(rule.code(), rule.name(), effect, months, fileBy, rule.legalBasis());
    }
}
