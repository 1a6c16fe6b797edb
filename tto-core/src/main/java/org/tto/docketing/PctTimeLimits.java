package org.tto.docketing;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The PCT national-phase table as the migration loaded it: each office with its Chapter I and II limits. */
@Service
@Transactional(readOnly = true)
public class PctTimeLimits {

    private final PctOfficeRepository offices;
    private final DeadlineRuleRepository rules;

    public PctTimeLimits(PctOfficeRepository offices, DeadlineRuleRepository rules) {
        this.offices = offices;
        this.rules = rules;
    }

    /** @throws UnknownOfficeException for an office not in the table */
    public PctOffice office(String code) {
        String normalised = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
        return offices.findById(normalised).orElseThrow(() -> new UnknownOfficeException(code));
    }

    /** Whether the code is a PCT contracting state or regional office of the table (closed national routes too). */
    public boolean isInTable(String code) {
        return code != null && offices.existsById(code.trim().toUpperCase(Locale.ROOT));
    }

    public List<OfficeLimits> offices() {
        Map<String, List<DeadlineRule>> byOffice = rules.findByKindOrderById(RuleKind.PCT_NATIONAL_PHASE).stream()
                .collect(Collectors.groupingBy(rule -> rule.officeCode().orElseThrow()));
        return offices.findAllByOrderByCode().stream()
                .map(office -> OfficeLimits.of(office, byOffice.getOrDefault(office.code(), List.of())))
                .toList();
    }

    /**
     * One office's limits in months (and days) from the priority date; the extended ones are null unless the office
     * grants a longer limit on a fee or request. A state whose national route is closed has no limits of its own
     * (all null): it is entered through its regional office.
     */
    public record OfficeLimits(PctOffice office, Integer chapterI, Integer chapterIExtended,
            Integer chapterIExtendedDays, Integer chapterII, Integer chapterIIExtended, Integer chapterIIExtendedDays) {

        static OfficeLimits of(PctOffice office, List<DeadlineRule> rules) {
            if (office.nationalRouteClosed()) {
                return new OfficeLimits(office, null, null, null, null, null, null);
            }
            return new OfficeLimits(office, months(rules, PctChapter.I), find(rules, PctChapter.I, true)
                    .map(DeadlineRule::months).orElse(null), find(rules, PctChapter.I, true)
                    .map(DeadlineRule::days).orElse(null), months(rules, PctChapter.II),
                    find(rules, PctChapter.II, true).map(DeadlineRule::months).orElse(null),
                    find(rules, PctChapter.II, true).map(DeadlineRule::days).orElse(null));
        }

        private static int months(List<DeadlineRule> rules, PctChapter chapter) {
            return find(rules, chapter, false)
                    .orElseThrow(() -> new IllegalStateException("no Chapter " + chapter + " rule")).months();
        }

        private static Optional<DeadlineRule> find(List<DeadlineRule> rules, PctChapter chapter,
                boolean extended) {
            return rules.stream()
                    .filter(rule -> rule.pctChapter().orElse(null) == chapter && rule.extended() == extended)
                    .findFirst();
        }
    }
}
