package org.tto.docketing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DeadlineCalculator} on the rule tables of the V004 migration. Month arithmetic is {@link Months}, the move off
 * closed days {@link RollForward} over the office's {@link OfficeCalendar}; every deadline keeps its trace.
 */
@Service
@Transactional(readOnly = true)
public class RuleBasedDeadlineCalculator implements DeadlineCalculator {

    private static final Comparator<ComputedDeadline> BY_DUE_DATE =
            Comparator.comparing(ComputedDeadline::dueDate).thenComparing(ComputedDeadline::ruleId);

    private final DeadlineRuleRepository rules;
    private final OfficeClosureRepository closures;
    private final NoveltyGraceRuleRepository graceRules;
    private final Clock clock;

    public RuleBasedDeadlineCalculator(DeadlineRuleRepository rules, OfficeClosureRepository closures,
            NoveltyGraceRuleRepository graceRules, ObjectProvider<Clock> clock) {
        this.rules = rules;
        this.closures = closures;
        this.graceRules = graceRules;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * National-phase entry for PCT filings is given under Chapter I (the limit that holds until a demand is filed);
     * once a demand is filed, ask {@link #pctNationalPhase} for Chapter II.
     */
    @Override
    public List<ComputedDeadline> forFiling(String office, FilingKind kind, LocalDate filingDate,
            LocalDate priorityDate, Set<String> targetOffices) {
        if (kind == null || filingDate == null) {
            throw new IllegalArgumentException("filing kind and filing date are required");
        }
        LocalDate priority = priorityDate != null ? priorityDate : filingDate;
        if (priority.isAfter(filingDate)) {
            throw new IllegalArgumentException("priority date " + priority + " is after the filing date " + filingDate);
        }
        String filingOffice = office == null ? null : normalise(office);
        List<ComputedDeadline> deadlines = new ArrayList<>();
        for (DeadlineRule rule : rules.findByKindNotOrderById(RuleKind.PCT_NATIONAL_PHASE)) {
            if (rule.isOpenedBy(kind, filingOffice)) {
                LocalDate anchor = rule.anchorKind() == AnchorKind.FILING_DATE ? filingDate : priority;
                deadlines.add(apply(rule, anchor));
            }
        }
        if (kind == FilingKind.PCT && targetOffices != null) {
            targetOffices.stream().map(RuleBasedDeadlineCalculator::normalise).distinct().sorted()
                    .forEach(target -> deadlines.addAll(pctNationalPhase(target, priority, PctChapter.I)));
        }
        deadlines.sort(BY_DUE_DATE);
        return List.copyOf(deadlines);
    }

    @Override
    public List<ComputedDeadline> pctNationalPhase(String office, LocalDate priorityDate, PctChapter chapter) {
        if (priorityDate == null || chapter == null) {
            throw new IllegalArgumentException("priority date and chapter are required");
        }
        String code = office == null ? "" : normalise(office);
        List<DeadlineRule> officeRules = rules.findByKindAndOfficeCodeAndPctChapterOrderByExtendedAscIdAsc(
                RuleKind.PCT_NATIONAL_PHASE, code, chapter);
        if (officeRules.isEmpty()) {
            throw new UnknownOfficeException(office);
        }
        return officeRules.stream().map(rule -> apply(rule, priorityDate)).toList();
    }

    @Override
    public NoveltyRisk noveltyRisk(LocalDate disclosureDate, LocalDate firstFilingDateOrNull) {
        return NoveltyGuard.assess(disclosureDate, firstFilingDateOrNull, LocalDate.now(clock),
                graceRules.findAllByOrderByCode());
    }

    private ComputedDeadline apply(DeadlineRule rule, LocalDate anchor) {
        return rule.apply(anchor, calendar(rule.officeCode().orElse(null), rule.rawDate(anchor)));
    }

    /** The office's closure days from the raw date on, as far as a roll could reach. */
    private OfficeCalendar calendar(String office, LocalDate from) {
        if (office == null) {
            return OfficeCalendar.weekendsOnly(null);
        }
        Map<LocalDate, String> days = closures
                .findByOfficeCodeAndClosureDateBetween(office, from, from.plusDays(RollForward.MAX_CLOSED_DAYS))
                .stream()
                .collect(Collectors.toMap(OfficeClosure::closureDate, OfficeClosure::reason));
        return new OfficeCalendar(office, days);
    }

    private static String normalise(String office) {
        return office.trim().toUpperCase(Locale.ROOT);
    }
}
