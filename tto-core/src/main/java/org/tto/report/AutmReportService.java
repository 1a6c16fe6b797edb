package org.tto.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.report.AutmMetric.Definition;
import org.tto.report.ReportCommands.EnterResearchExpenditure;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;

/**
 * The AUTM licensing-activity report of one institution for one of its fiscal years, every figure with its
 * explanation, and the research expenditure its director enters. Scope: officers and directors see their own
 * institution, coordinators the institutions of their country, reviewers and admins any; inventors none. An
 * institution out of scope is "not found", like any record.
 */
@Service
@Transactional
public class AutmReportService {

    /** The earliest fiscal year a report is asked for; the latest is next calendar year's. */
    public static final int FIRST_FISCAL_YEAR = 1980;

    private final InstitutionRepository institutions;
    private final AutmMetricDefinitionRepository definitions;
    private final ResearchExpenditureRepository research;
    private final AutmFactsReader facts;
    private final Clock clock;

    AutmReportService(InstitutionRepository institutions, AutmMetricDefinitionRepository definitions,
            ResearchExpenditureRepository research, AutmFactsReader facts, Clock clock) {
        this.institutions = institutions;
        this.definitions = definitions;
        this.research = research;
        this.facts = facts;
        this.clock = clock;
    }

    /** The report of fiscal year {@code fiscalYear}; {@code institutionCode} may be left out by institution staff. */
    @Transactional(readOnly = true)
    public AutmReport report(Actor actor, int fiscalYear, String institutionCode) {
        if (!actor.is(Role.OFFICER, Role.DIRECTOR, Role.COORDINATOR, Role.REVIEWER, Role.ADMIN)) {
            throw new ForbiddenException("The AUTM report is for the TTO's staff, coordinators and reviewers.");
        }
        requireFiscalYear(fiscalYear);
        Institution institution = institutionInScope(actor, institutionCode);
        FiscalYear year = FiscalYear.of(fiscalYear, institution.fiscalYearStartMonth(),
                institution.fiscalYearStartDay());
        Map<String, Definition> used = definitionsFor(fiscalYear);
        LocalDate today = LocalDate.now(clock);
        return new AutmReport(institution.code(), institution.name(), year, today, today.isAfter(year.end()),
                AutmRules.all(year, used::get, facts.read(institution.id(), year)));
    }

    /** The director enters (or corrects) the research expenditure of one of the institution's fiscal years. */
    public ResearchExpenditure enterResearchExpenditure(Actor actor, int fiscalYear,
            EnterResearchExpenditure command) {
        if (!actor.is(Role.DIRECTOR)) {
            throw new ForbiddenException("Only the TTO's director enters the institution's research expenditure.");
        }
        requireFiscalYear(fiscalYear);
        if (command.amount() == null || command.amount().signum() < 0 || command.amount().scale() > 4) {
            throw new InvalidInputException("amount", "The research expenditure is an amount, not negative, with "
                    + "at most 4 decimals.");
        }
        if (command.source() == null || command.source().isBlank()) {
            throw new InvalidInputException("source", "Say where the figure comes from (e.g. the audited "
                    + "accounts).");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(String.valueOf(command.currency()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", command.currency() + " is not an ISO-4217 currency code.");
        }
        ResearchExpenditure entry = research.findByInstitutionIdAndFiscalYear(actor.institutionId(), fiscalYear)
                .orElseGet(() -> new ResearchExpenditure(actor.institutionId(), fiscalYear));
        entry.enter(currency, command.amount(), command.source().trim(), actor.username(), clock.instant());
        return research.save(entry);
    }

    /** The definition of each metric for a fiscal year: the latest survey year not after it, else the earliest. */
    Map<String, Definition> definitionsFor(int fiscalYear) {
        Map<String, List<AutmMetricDefinition>> byCode = definitions.findAllByOrderByMetricCodeAscSurveyYearAsc()
                .stream().collect(Collectors.groupingBy(AutmMetricDefinition::metricCode));
        return AutmRules.CODES.stream().collect(Collectors.toMap(code -> code, code -> {
            List<AutmMetricDefinition> versions = byCode.get(code);
            if (versions == null || versions.isEmpty()) {
                throw new IllegalStateException("no definition of AUTM metric " + code + " is kept");
            }
            AutmMetricDefinition chosen = versions.stream().filter(d -> d.surveyYear() <= fiscalYear)
                    .max(Comparator.comparingInt(AutmMetricDefinition::surveyYear))
                    .orElse(versions.get(0));
            String basis = chosen.basis() + (chosen.surveyYear() > fiscalYear ? "; no definition of survey year "
                    + fiscalYear + " or earlier is kept, the earliest (" + chosen.surveyYear() + ") is used" : "");
            return new Definition(code, chosen.surveyYear(), chosen.title(), chosen.definition(), basis);
        }));
    }

    private Institution institutionInScope(Actor actor, String code) {
        if (code == null || code.isBlank()) {
            if (actor.institutionId() == null) {
                throw new InvalidInputException("institution", "Name the institution (its code, e.g. UNA).");
            }
            return institutions.findById(actor.institutionId())
                    .orElseThrow(() -> new NotFoundException("institution", actor.institutionCode()));
        }
        Institution institution = institutions.findByCode(code.trim().toUpperCase())
                .orElseThrow(() -> new NotFoundException("institution", code));
        if (!actor.canSee(institution.id(), institution.countryCode())) {
            throw new NotFoundException("institution", code);
        }
        return institution;
    }

    private void requireFiscalYear(int fiscalYear) {
        int last = LocalDate.now(clock).getYear() + 1;
        if (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > last) {
            throw new InvalidInputException("fiscalYear", "A fiscal year from " + FIRST_FISCAL_YEAR + " to " + last
                    + ", named by the calendar year it ends in; was " + fiscalYear + ".");
        }
    }
}
