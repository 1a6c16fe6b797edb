package org.tto.docketing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link DeadlineCalculator} on the rule tables of the migrations (V004, V015). Month arithmetic is {@link Months},
 * the move off closed days {@link RollForward} over the office's {@link OfficeCalendar}; every deadline keeps its
 * trace, and one under an office whose figures are the PCT default, unconfirmed, says so.
 */
@Service
@Transactional(readOnly = true)
public class RuleBasedDeadlineCalculator implements DeadlineCalculator {

    private static final Comparator<ComputedDeadline> BY_DUE_DATE =
            Comparator.comparing(ComputedDeadline::dueDate).thenComparing(ComputedDeadline::ruleId);

    private final DeadlineRuleRepository rules;
    private final PctOfficeRepository offices;
    private final OfficeClosureRepository closures;
    private final NoveltyGraceRuleRepository graceRules;
    private final Clock clock;

    public RuleBasedDeadlineCalculator(DeadlineRuleRepository rules, PctOfficeRepository offices,
            OfficeClosureRepository closures, NoveltyGraceRuleRepository graceRules, ObjectProvider<Clock> clock) {
        this.rules = rules;
        this.offices = offices;
        this.closures = closures;
        this.graceRules = graceRules;
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
    }

    /**
     * National-phase entry for PCT filings is given under Chapter I (the limit that holds until a demand is filed);
     * once a demand is filed, ask {@link #nationalPhaseEntry} for Chapter II.
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
            for (String route : routes(targetOffices)) {
                deadlines.addAll(nationalPhaseEntry(route, priority, PctChapter.I).deadlines());
            }
        }
        deadlines.sort(BY_DUE_DATE);
        return List.copyOf(deadlines);
    }

    /**
     * The offices the targets are entered at, each once: an office with an open national route is its own route; a
     * state whose national route is closed is covered by one of its routes designated too (LI by CH or EP), or else
     * by its regional office.
     */
    Set<String> routes(Set<String> targetOffices) {
        Set<String> targets = targetOffices.stream().map(RuleBasedDeadlineCalculator::normalise)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> routes = new TreeSet<>();
        for (String target : targets) {
            PctOffice office = office(target);
            if (!office.nationalRouteClosed()) {
                routes.add(office.code());
                continue;
            }
            String regional = office.regionalRoute().orElseThrow();
            Optional<String> alternative = office.alternativeRoute();
            if (alternative.isPresent() && targets.contains(alternative.get()) && !targets.contains(regional)) {
                routes.add(alternative.get());
            } else {
                routes.add(regional);
            }
        }
        return routes;
    }

    @Override
    public NationalPhaseEntry nationalPhaseEntry(String office, LocalDate priorityDate, PctChapter chapter) {
        if (priorityDate == null || chapter == null) {
            throw new IllegalArgumentException("priority date and chapter are required");
        }
        PctOffice designated = office(office == null ? "" : normalise(office));
        PctOffice route = designated.nationalRouteClosed() ? office(designated.regionalRoute().orElseThrow())
                : designated;
        List<DeadlineRule> routeRules = rules.findByKindAndOfficeCodeAndPctChapterOrderByExtendedAscIdAsc(
                RuleKind.PCT_NATIONAL_PHASE, route.code(), chapter);
        if (routeRules.isEmpty()) {
            throw new IllegalStateException("office " + route.code() + " has no Chapter " + chapter + " rule");
        }
        return new NationalPhaseEntry(designated, route,
                routeRules.stream().map(rule -> confirmedBy(route, apply(rule, priorityDate))).toList());
    }

    @Override
    public Optional<ComputedDeadline> underRule(String ruleId, LocalDate anchorDate) {
        if (anchorDate == null) {
            throw new IllegalArgumentException("anchor date is required");
        }
        return rules.findById(ruleId).map(rule -> {
            ComputedDeadline computed = apply(rule, anchorDate);
            return rule.officeCode().flatMap(offices::findById).map(office -> confirmedBy(office, computed))
                    .orElse(computed);
        });
    }

    @Override
    public NoveltyRisk noveltyRisk(LocalDate disclosureDate, LocalDate firstFilingDateOrNull) {
        return NoveltyGuard.assess(disclosureDate, firstFilingDateOrNull, LocalDate.now(clock),
                graceRules.findAllByOrderByCode());
    }

    private PctOffice office(String code) {
        return offices.findById(code).orElseThrow(() -> new UnknownOfficeException(code));
    }

    private static ComputedDeadline confirmedBy(PctOffice office, ComputedDeadline computed) {
        return office.unconfirmedReason().map(computed::unconfirmed).orElse(computed);
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
