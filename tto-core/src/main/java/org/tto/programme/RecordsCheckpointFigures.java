package org.tto.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tto.checkpoint.CheckpointFigures;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.plan.BudgetLine;
import org.tto.plan.FundingSource;
import org.tto.plan.ImplementationPlan;
import org.tto.plan.SustainabilityIndicator;
import org.tto.programme.ProgrammeFacts.CountryFact;
import org.tto.programme.ProgrammeFacts.InstitutionFact;

/**
 * A checkpoint's indicators computed from the institution's records over the twelve months up to the day asked
 * for, with the same rules as the programme's indicators.
 */
@Component
@Transactional(readOnly = true)
class RecordsCheckpointFigures implements CheckpointFigures {

    private final ProgrammeFactsReader reader;
    private final CountryRepository countries;

    RecordsCheckpointFigures(ProgrammeFactsReader reader, CountryRepository countries) {
        this.reader = reader;
        this.countries = countries;
    }

    @Override
    public Map<SustainabilityIndicator, Computed> compute(ImplementationPlan plan, LocalDate asOf) {
        Country country = countries.findById(plan.countryCode()).orElseThrow();
        var institution = plan.institution();
        ProgrammeFacts facts = reader.read(List.of(new CountryFact(country.code(), country.name(), country.region(),
                country.ldc(), country.programme())), List.of(new InstitutionFact(institution.id(), institution.code(),
                institution.name(), institution.countryCode())), asOf.minusYears(1).plusDays(1), asOf, false);
        return compute(facts, plan.budget());
    }

    /** The figures of one institution's facts (a twelve-month window) and its plan's budget lines. */
    static Map<SustainabilityIndicator, Computed> compute(ProgrammeFacts facts, List<BudgetLine> budget) {
        Map<SustainabilityIndicator, Computed> out = new EnumMap<>(SustainabilityIndicator.class);
        String window = facts.from() + " to " + facts.to();
        count(out, SustainabilityIndicator.DISCLOSURES_LAST_12_MONTHS, IndicatorRules.disclosures(facts), "RECEIVED",
                "disclosures submitted " + window);
        count(out, SustainabilityIndicator.AGREEMENTS_EXECUTED, IndicatorRules.licencesAndOptions(facts), "EXECUTED",
                "licences and options executed " + window);
        List<Counted> income = IndicatorRules.licenceIncome(facts);
        List<Counted> staff = income.stream().filter(c -> c.measure().equals("PER_STAFF_FTE")
                && c.row().source().equals("STAFF")).toList();
        BigDecimal fte = staff.stream().map(Counted::denominator).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.put(SustainabilityIndicator.STAFF_RETAINED, new Computed(fte, "FTE of the staff register in post on "
                + facts.to() + ": " + rows(staff)));
        incomeToCost(out, facts, income);
        budgetShare(out, budget);
        return out;
    }

    private static void count(Map<SustainabilityIndicator, Computed> out, SustainabilityIndicator indicator,
            List<Counted> rows, String measure, String what) {
        List<Counted> counted = rows.stream().filter(c -> c.measure().equals(measure) && c.counted()).toList();
        out.put(indicator, new Computed(BigDecimal.valueOf(counted.size()), counted.size() + " " + what
                + (counted.isEmpty() ? "" : ": " + rows(counted))));
    }

    private static void incomeToCost(Map<SustainabilityIndicator, Computed> out, ProgrammeFacts facts,
            List<Counted> income) {
        List<Counted> receipts = income.stream().filter(c -> c.measure().equals("RECEIVED") && c.counted()).toList();
        BigDecimal dollars = receipts.stream().map(Counted::numerator).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cost = BigDecimal.ZERO;
        StringBuilder budgets = new StringBuilder();
        for (var b : facts.budgets()) {
            if (!IndicatorRules.within(facts, b.yearEnd())) {
                continue;
            }
            Optional<Rates.Usd> usd = facts.rates().toUsd(b.currency(), b.amount(), b.fiscalYear());
            if (usd.isEmpty()) {
                return;
            }
            cost = cost.add(usd.get().amount());
            budgets.append(" FY").append(b.fiscalYear()).append(' ').append(b.currency()).append(' ')
                    .append(b.amount().stripTrailingZeros().toPlainString());
        }
        if (cost.signum() == 0) {
            return;
        }
        out.put(SustainabilityIndicator.INCOME_TO_OPERATING_COST, new Computed(
                dollars.divide(cost, 4, RoundingMode.HALF_UP), "receipts of " + facts.from() + " to " + facts.to()
                        + " (USD " + dollars.toPlainString() + ") over the operating budget of the fiscal year ending "
                        + "in that window (USD " + cost.toPlainString() + ":" + budgets + ")"));
    }

    private static void budgetShare(Map<SustainabilityIndicator, Computed> out, List<BudgetLine> budget) {
        Map<String, List<BudgetLine>> byCurrency = budget.stream().collect(Collectors.groupingBy(BudgetLine::currency));
        if (byCurrency.size() != 1) {
            return;
        }
        BigDecimal total = budget.stream().map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal others = budget.stream().filter(l -> l.source() != FundingSource.PROGRAMME)
                .map(BudgetLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() == 0) {
            return;
        }
        out.put(SustainabilityIndicator.NON_PROGRAMME_BUDGET_SHARE, new Computed(
                others.multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP),
                "budget lines not funded by the programme (" + others.toPlainString() + ") over all "
                        + budget.size() + " lines (" + total.toPlainString() + " "
                        + byCurrency.keySet().iterator().next() + ")"));
    }

    private static String rows(List<Counted> rows) {
        return rows.stream().map(c -> c.row().reference()).collect(Collectors.joining(", "));
    }
}
