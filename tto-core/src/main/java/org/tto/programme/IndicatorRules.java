package org.tto.programme;

import static java.math.BigDecimal.ONE;
import static java.math.BigDecimal.ZERO;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tto.programme.Counted.Row;
import org.tto.programme.ProgrammeFacts.BudgetFact;
import org.tto.programme.ProgrammeFacts.DisclosureFact;
import org.tto.programme.ProgrammeFacts.EntryFact;
import org.tto.programme.ProgrammeFacts.FilingFact;
import org.tto.programme.ProgrammeFacts.MilestoneFact;
import org.tto.programme.ProgrammeFacts.PeriodFact;
import org.tto.programme.ProgrammeFacts.PlanFact;
import org.tto.programme.ProgrammeFacts.ResearchFact;
import org.tto.programme.ProgrammeFacts.StaffFact;
import org.tto.programme.ProgrammeFacts.StartupFact;
import org.tto.programme.ProgrammeFacts.StatusFact;
import org.tto.programme.ProgrammeFacts.TrainingFact;
import org.tto.programme.ProgrammeFacts.TransitionFact;

/**
 * The programme indicators as plain functions of the records in scope and a period: each returns, for every record
 * it looked at, what the record gave to which measure (or that it gave nothing, and why). Summing is {@link Rollup}'s.
 * Money is added in US dollars at each amount's own year's rate; an amount without a rate is listed, not counted.
 */
public final class IndicatorRules {

    public static final String IP_POLICY_MILESTONE = "IP_POLICY_ADOPTED";
    /** A reporting year is on time when submitted by this day of the following year. */
    static final int ON_TIME_MONTH = 3;
    static final int ON_TIME_DAY = 31;

    private IndicatorRules() {}

    /** An entered measure the programme requires every year, at country or institution level. */
    public record Required(String indicator, String measure, boolean perInstitution) {}

    /** The records behind every measure of {@code definition} in the facts' period. */
    public static List<Counted> compute(IndicatorDefinition definition, ProgrammeFacts facts, List<Required> required) {
        if (definition.method() == IndicatorDefinition.Method.ENTERED) {
            return entered(definition.code(), facts);
        }
        return switch (definition.code()) {
            case "PLAN_STAGES" -> planStages(facts);
            case "IP_POLICY_ADOPTED" -> ipPolicy(facts);
            case "DISCLOSURES" -> disclosures(facts);
            case "PATENT_APPLICATIONS" -> patentApplications(facts);
            case "LICENCES_AND_OPTIONS" -> licencesAndOptions(facts);
            case "LICENCE_INCOME" -> licenceIncome(facts);
            case "COST_RECOVERY" -> costRecovery(facts);
            case "STARTUPS" -> startups(facts);
            case "TRAINING" -> training(facts);
            case "CERTIFIED_STAFF" -> certifiedStaff(facts);
            case "PARTNERSHIPS" -> partnerships(facts);
            case "APPROPRIATE_TECHNOLOGY" -> appropriateTechnology(facts);
            case "PATENT_INFORMATION" -> patentInformation(facts);
            case "DATA_ON_TIME" -> dataOnTime(facts, required);
            default -> throw new IllegalArgumentException("no formula for the computed indicator " + definition.code());
        };
    }

    // 1 -------------------------------------------------------------------------------------------------------------

    static List<Counted> planStages(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        for (PlanFact plan : facts.plans()) {
            String reference = institutionCode(facts, plan.institutionId());
            if (day(plan.createdAt()).isAfter(facts.to())) {
                out.add(none("NEEDS_ASSESSED", facts, plan.institutionId(), row("PLAN", plan.id(), reference,
                        day(plan.createdAt()), false, "opened " + day(plan.createdAt()) + ", after the period")));
                continue;
            }
            String state = "NEEDS_ASSESSMENT";
            LocalDate since = day(plan.createdAt());
            for (TransitionFact t : plan.transitions()) {
                if (!day(t.at()).isAfter(facts.to())) {
                    state = t.toState();
                    since = day(t.at());
                }
            }
            String measure = stage(state);
            String why = "state " + state + " since " + since + " (on " + facts.to() + ")";
            if (measure == null) {
                out.add(none("NEEDS_ASSESSED", facts, plan.institutionId(),
                        row("PLAN", plan.id(), reference, since, false, why + ": not a stage counted")));
            } else {
                out.add(one(measure, facts, plan.institutionId(), row("PLAN", plan.id(), reference, since, true, why)));
            }
        }
        return out;
    }

    /** The stage of indicator 1 a plan state belongs to; null for suspended and closed plans. */
    static String stage(String state) {
        return switch (state) {
            case "NEEDS_ASSESSMENT", "NEEDS_ASSESSED", "ACTION_PLAN_DRAFTED" -> "NEEDS_ASSESSED";
            case "ACTION_PLAN_APPROVED", "IMPLEMENTING" -> "ACTION_PLAN_APPROVED";
            case "OPERATIONAL" -> "OPERATIONAL";
            case "SUSTAINABLE" -> "SUSTAINABLE";
            case "AT_RISK" -> "AT_RISK";
            default -> null;
        };
    }

    // 2 -------------------------------------------------------------------------------------------------------------

    static List<Counted> ipPolicy(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        for (PlanFact plan : facts.plans()) {
            String reference = institutionCode(facts, plan.institutionId());
            List<MilestoneFact> items = plan.milestones().stream()
                    .filter(m -> IP_POLICY_MILESTONE.equals(m.milestone())).toList();
            if (items.isEmpty()) {
                out.add(none("ADOPTED", facts, plan.institutionId(), row("PLAN", plan.id(), reference, null, false,
                        "the plan has no action item marked " + IP_POLICY_MILESTONE)));
                continue;
            }
            boolean adopted = false;
            for (MilestoneFact item : items) {
                String why;
                boolean counts = false;
                if (!"DONE".equals(item.status())) {
                    why = "not done yet";
                } else if (item.completedOn().isAfter(facts.to())) {
                    why = "done " + item.completedOn() + ", after the period";
                } else if (item.evidence() == 0) {
                    why = "done " + item.completedOn() + " without evidence";
                } else if (adopted) {
                    why = "the institution is counted once";
                } else {
                    why = "done " + item.completedOn() + " with " + item.evidence() + " evidence";
                    counts = true;
                    adopted = true;
                }
                Row r = row("ACTION_ITEM", item.itemId(), reference + ": " + item.title(), item.completedOn(), counts,
                        why);
                out.add(counts ? one("ADOPTED", facts, plan.institutionId(), r)
                        : none("ADOPTED", facts, plan.institutionId(), r));
            }
        }
        return out;
    }

    // 4 -------------------------------------------------------------------------------------------------------------

    static List<Counted> disclosures(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        List<DisclosureFact> received = facts.disclosures().stream().filter(d -> within(facts, d.submittedOn()))
                .toList();
        for (DisclosureFact d : received) {
            out.add(one("RECEIVED", facts, d.institutionId(), row("DISCLOSURE", d.id(), d.reference(),
                    d.submittedOn(), true, "submitted " + d.submittedOn())));
        }
        out.addAll(perResearch("PER_10M_RESEARCH", facts, received.stream()
                .map(d -> row("DISCLOSURE", d.id(), d.reference(), d.submittedOn(), true, "submitted "
                        + d.submittedOn()))
                .toList(), received.stream().map(DisclosureFact::institutionId).toList()));
        return out;
    }

    /**
     * A count per research expenditure: each counted record gives 1 to the numerator when its institution recorded a
     * research expenditure (in US dollars) for a fiscal year ending in the period, and each such expenditure gives
     * its dollars to the denominator; the records of institutions without one are listed, not counted.
     */
    static List<Counted> perResearch(String measure, ProgrammeFacts facts, List<Row> records,
            List<Long> institutionOfRecord) {
        List<Counted> out = new ArrayList<>();
        Map<Long, BigDecimal> researched = new HashMap<>();
        for (ResearchFact r : facts.research()) {
            String reference = institutionCode(facts, r.institutionId()) + " FY" + r.fiscalYear();
            if (!within(facts, r.yearEnd())) {
                continue;
            }
            Optional<Rates.Usd> usd = facts.rates().toUsd(r.currency(), r.amount(), r.fiscalYear());
            if (usd.isEmpty()) {
                out.add(none(measure, facts, r.institutionId(), money("RESEARCH_EXPENDITURE", r.id(), reference,
                        r.yearEnd(), r.currency(), r.amount(), null, false, noRate(r.currency(), r.fiscalYear()))));
                continue;
            }
            researched.merge(r.institutionId(), usd.get().amount(), BigDecimal::add);
            out.add(new Counted(measure, facts.countryOf(r.institutionId()), r.institutionId(), null, ZERO,
                    usd.get().amount(), money("RESEARCH_EXPENDITURE", r.id(), reference, r.yearEnd(), r.currency(),
                            r.amount(), usd.get().amount(), true, "fiscal year ending " + r.yearEnd()
                                    + converted(usd.get()))));
        }
        for (int i = 0; i < records.size(); i++) {
            Row record = records.get(i);
            long institution = institutionOfRecord.get(i);
            if (researched.getOrDefault(institution, ZERO).signum() > 0) {
                out.add(new Counted(measure, facts.countryOf(institution), institution, null, ONE, ZERO, record));
            } else {
                out.add(none(measure, facts, institution, withWhy(record, false,
                        "no research expenditure recorded for a fiscal year ending in the period")));
            }
        }
        return out;
    }

    // 5 -------------------------------------------------------------------------------------------------------------

    static List<Counted> patentApplications(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        for (FilingFact f : facts.filings()) {
            if (within(facts, f.filingDate())) {
                out.add(one("FILED", facts, f.institutionId(), row("FILING", f.id(), f.reference() + " "
                        + f.office() + " " + f.applicationNumber(), f.filingDate(), true, f.kind() + " filed "
                        + f.filingDate())));
            }
        }
        Map<Long, LocalDate> firstFiling = facts.filings().stream().collect(Collectors.toMap(FilingFact::disclosureId,
                FilingFact::filingDate, (a, b) -> a.isBefore(b) ? a : b));
        for (DisclosureFact d : facts.disclosures()) {
            if (!within(facts, d.submittedOn())) {
                continue;
            }
            LocalDate first = firstFiling.get(d.id());
            LocalDate limit = d.submittedOn().plusMonths(12);
            boolean inTime = first != null && !first.isAfter(limit) && !first.isAfter(facts.to());
            String why = first == null ? "no filing yet"
                    : first.isAfter(limit) ? "first filing " + first + ", more than 12 months after submission"
                    : first.isAfter(facts.to()) ? "first filing " + first + ", after the period"
                    : "first filing " + first + ", within 12 months of submission (by " + limit + ")";
            out.add(new Counted("FIRST_FILED_WITHIN_12_MONTHS", facts.countryOf(d.institutionId()), d.institutionId(),
                    null, inTime ? ONE : ZERO, ONE, row("DISCLOSURE", d.id(), d.reference(), d.submittedOn(), true,
                            why)));
        }
        return out;
    }

    // 6 -------------------------------------------------------------------------------------------------------------

    static List<Counted> licencesAndOptions(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        List<Long> institutions = new ArrayList<>();
        for (var a : facts.agreements()) {
            if (!within(facts, a.executedOn())) {
                continue;
            }
            Row r = row(a.source(), a.id(), a.reference(), a.executedOn(), true, a.type() + " executed "
                    + a.executedOn());
            out.add(one("EXECUTED", facts, a.institutionId(), r));
            rows.add(r);
            institutions.add(a.institutionId());
        }
        out.addAll(perResearch("PER_10M_RESEARCH", facts, rows, institutions));
        return out;
    }

    // 7 -------------------------------------------------------------------------------------------------------------

    static List<Counted> licenceIncome(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        Map<Long, BigDecimal> fte = new HashMap<>();
        for (StaffFact s : facts.staff()) {
            if (inPost(s, facts.to())) {
                fte.merge(s.institutionId(), s.fte(), BigDecimal::add);
                out.add(new Counted("PER_STAFF_FTE", facts.countryOf(s.institutionId()), s.institutionId(), null,
                        ZERO, s.fte(), row("STAFF", s.id(), s.name(), s.joinedOn(), true, s.fte().stripTrailingZeros()
                                .toPlainString() + " FTE in post on " + facts.to())));
            }
        }
        for (var r : facts.receipts()) {
            if (!within(facts, r.receivedOn())) {
                continue;
            }
            Optional<Rates.Usd> usd = facts.rates().toUsd(r.currency(), r.amount(), r.receivedOn().getYear());
            if (usd.isEmpty()) {
                Row missing = money("RECEIPT", r.id(), r.reference(), r.receivedOn(), r.currency(), r.amount(), null,
                        false, noRate(r.currency(), r.receivedOn().getYear()));
                out.add(none("RECEIVED", facts, r.institutionId(), missing));
                out.add(none("PER_STAFF_FTE", facts, r.institutionId(), missing));
                continue;
            }
            BigDecimal dollars = usd.get().amount();
            Row received = money("RECEIPT", r.id(), r.reference(), r.receivedOn(), r.currency(), r.amount(), dollars,
                    true, "received " + r.receivedOn() + converted(usd.get()));
            out.add(new Counted("RECEIVED", facts.countryOf(r.institutionId()), r.institutionId(), null, dollars,
                    null, received));
            if (fte.getOrDefault(r.institutionId(), ZERO).signum() > 0) {
                out.add(new Counted("PER_STAFF_FTE", facts.countryOf(r.institutionId()), r.institutionId(), null,
                        dollars, ZERO, received));
            } else {
                out.add(none("PER_STAFF_FTE", facts, r.institutionId(), withWhy(received, false,
                        "no TTO staff in the register on " + facts.to())));
            }
        }
        return out;
    }

    static boolean inPost(StaffFact s, LocalDate day) {
        return !s.joinedOn().isAfter(day) && (s.leftOn() == null || s.leftOn().isAfter(day));
    }

    // 8 -------------------------------------------------------------------------------------------------------------

    static List<Counted> costRecovery(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        for (var part : facts.retained()) {
            if (!within(facts, part.receivedOn())) {
                continue;
            }
            int year = part.receivedOn().getYear();
            Optional<Rates.Usd> usd = facts.rates().toUsd(part.currency(), part.amount(), year);
            Row r = money("DISTRIBUTION_SHARE", part.shareId(), part.reference() + " " + part.kind(),
                    part.receivedOn(), part.currency(), part.amount(), usd.map(Rates.Usd::amount).orElse(null),
                    usd.isPresent(), usd.map(u -> part.kind() + " part of the receipt of " + part.receivedOn()
                            + converted(u)).orElse(noRate(part.currency(), year)));
            out.add(new Counted("RATIO", facts.countryOf(part.institutionId()), part.institutionId(), null,
                    usd.map(Rates.Usd::amount).orElse(ZERO), ZERO, r));
        }
        for (BudgetFact b : facts.budgets()) {
            if (!within(facts, b.yearEnd())) {
                continue;
            }
            out.add(cost(facts, "OPERATING_BUDGET", b.id(), institutionCode(facts, b.institutionId()) + " FY"
                    + b.fiscalYear(), b.institutionId(), b.yearEnd(), b.currency(), b.amount(), b.fiscalYear(),
                    "operating budget of the fiscal year ending " + b.yearEnd()));
        }
        for (var c : facts.costs()) {
            if (within(facts, c.incurredOn())) {
                out.add(cost(facts, "COST", c.id(), c.reference(), c.institutionId(), c.incurredOn(), c.currency(),
                        c.amount(), c.incurredOn().getYear(), c.kind().toLowerCase() + " cost of "
                                + c.incurredOn()));
            }
        }
        return out;
    }

    private static Counted cost(ProgrammeFacts facts, String source, long id, String reference, long institution,
            LocalDate date, String currency, BigDecimal amount, int year, String what) {
        Optional<Rates.Usd> usd = facts.rates().toUsd(currency, amount, year);
        Row r = money(source, id, reference, date, currency, amount, usd.map(Rates.Usd::amount).orElse(null),
                usd.isPresent(), usd.map(u -> what + converted(u)).orElse(noRate(currency, year)));
        return new Counted("RATIO", facts.countryOf(institution), institution, null, ZERO,
                usd.map(Rates.Usd::amount).orElse(ZERO), r);
    }

    // 9 -------------------------------------------------------------------------------------------------------------

    static List<Counted> startups(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        LocalDate oldEnough = facts.to().minusYears(3);
        for (StartupFact s : facts.startups()) {
            if (s.incorporatedOn() == null) {
                continue;
            }
            if (within(facts, s.incorporatedOn())) {
                out.add(one("FORMED", facts, s.institutionId(), row("STARTUP", s.id(), s.name(), s.incorporatedOn(),
                        true, "incorporated " + s.incorporatedOn())));
            }
            if (!s.incorporatedOn().isAfter(oldEnough)) {
                LocalDate third = s.incorporatedOn().plusYears(3);
                String status = statusOn(s.history(), third);
                boolean active = "ACTIVE".equals(status);
                out.add(new Counted("ACTIVE_AT_3_YEARS", facts.countryOf(s.institutionId()), s.institutionId(), null,
                        active ? ONE : ZERO, ONE, row("STARTUP", s.id(), s.name(), s.incorporatedOn(), true,
                                "incorporated " + s.incorporatedOn() + "; " + status + " on " + third)));
            }
        }
        return out;
    }

    /** The status in force on a day: the last change effective on or before it. */
    static String statusOn(List<StatusFact> history, LocalDate day) {
        String status = "FORMING";
        for (StatusFact change : history) {
            if (!change.effectiveOn().isAfter(day)) {
                status = change.status();
            }
        }
        return status;
    }

    // 11 ------------------------------------------------------------------------------------------------------------

    static List<Counted> training(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        Map<Long, TrainingFact> events = new HashMap<>();
        for (TrainingFact e : facts.training()) {
            if (!within(facts, e.startsOn())) {
                continue;
            }
            events.put(e.id(), e);
            for (var p : e.participation()) {
                out.add(new Counted("TRAINED", e.countryCode(), p.institutionId(), p.sex(),
                        BigDecimal.valueOf(p.participants()), null, row("TRAINING_PARTICIPATION", e.id(), e.title(),
                                e.startsOn(), true, p.participants() + " " + p.sex() + " from "
                                        + (p.institutionId() == null ? "outside the invited institutions"
                                                : institutionCode(facts, p.institutionId())))));
            }
        }
        for (var r : facts.responses()) {
            TrainingFact e = events.get(r.eventId());
            if (e == null) {
                continue;
            }
            boolean end = "END_OF_EVENT".equals(r.kind());
            boolean yes = end ? r.overall() != null && r.overall() >= 4 : Boolean.TRUE.equals(r.applyingSkills());
            String why = end ? (r.overall() == null ? "no overall rating: not satisfied"
                    : "rated " + r.overall() + " of 5" + (yes ? ": satisfied" : ": not satisfied"))
                    : yes ? "applies the skills six months on" : "does not apply the skills six months on";
            out.add(new Counted(end ? "SATISFIED" : "APPLYING_AT_6_MONTHS", e.countryCode(), r.institutionId(),
                    r.sex(), yes ? ONE : ZERO, ONE, row("TRAINING_RESPONSE", r.id(), e.title(), r.receivedOn(), true,
                            why)));
        }
        return out;
    }

    // 12, 13, 15 ----------------------------------------------------------------------------------------------------

    static List<Counted> certifiedStaff(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        for (StaffFact s : facts.staff()) {
            if (!inPost(s, facts.to())) {
                continue;
            }
            boolean certified = s.certification() != null && s.certifiedOn() != null
                    && !s.certifiedOn().isAfter(facts.to());
            String why = certified ? s.certification() + " since " + s.certifiedOn()
                    : s.certification() == null ? "no professional certification"
                    : s.certification() + " obtained " + s.certifiedOn() + ", after the period";
            out.add(new Counted("CERTIFIED_FTE", facts.countryOf(s.institutionId()), s.institutionId(), null,
                    certified ? s.fte() : ZERO, null, row("STAFF", s.id(), s.name(), s.certifiedOn(), certified,
                            why)));
        }
        return out;
    }

    static List<Counted> partnerships(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        for (var p : facts.partnerships()) {
            boolean active = !p.startedOn().isAfter(facts.to())
                    && (p.endedOn() == null || !p.endedOn().isBefore(facts.from()));
            String why = active ? p.kind() + " since " + p.startedOn() + (p.endedOn() == null ? "" : " until "
                    + p.endedOn())
                    : p.startedOn().isAfter(facts.to()) ? "starts " + p.startedOn() + ", after the period"
                    : "ended " + p.endedOn() + ", before the period";
            Row r = row("PARTNERSHIP", p.id(), p.partner(), p.startedOn(), active, why);
            out.add(active ? one("ACTIVE", facts, p.institutionId(), r) : none("ACTIVE", facts, p.institutionId(), r));
        }
        return out;
    }

    static List<Counted> patentInformation(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        for (var s : facts.services()) {
            if (within(facts, s.deliveredOn())) {
                out.add(one("DELIVERED", facts, s.institutionId(), row("PATENT_INFORMATION_SERVICE", s.id(),
                        s.kind() + " for " + s.requester(), s.deliveredOn(), true, "delivered " + s.deliveredOn())));
            }
        }
        return out;
    }

    // 14 ------------------------------------------------------------------------------------------------------------

    static List<Counted> appropriateTechnology(ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        for (var p : facts.projects()) {
            step(out, facts, p.countryCode(), p.id(), p.title(), "LANDSCAPE_REPORTS", p.landscapeReportOn(),
                    "landscape report produced", "no landscape report yet");
            step(out, facts, p.countryCode(), p.id(), p.title(), "BUSINESS_PLANS", p.businessPlanOn(),
                    "business plan produced", "no business plan yet");
            step(out, facts, p.countryCode(), p.id(), p.title(), "IMPLEMENTED", p.implementedOn(), "implemented",
                    "not implemented yet");
        }
        return out;
    }

    private static void step(List<Counted> out, ProgrammeFacts facts, String country, long id, String title,
            String measure, LocalDate on, String what, String notYet) {
        if (on == null) {
            out.add(new Counted(measure, country, null, null, ZERO, null, row("AT_PROJECT", id, title, null, false,
                    notYet)));
        } else if (within(facts, on)) {
            out.add(new Counted(measure, country, null, null, ONE, null, row("AT_PROJECT", id, title, on, true,
                    what + " " + on)));
        }
    }

    // 3, 10: entered ------------------------------------------------------------------------------------------------

    static List<Counted> entered(String indicator, ProgrammeFacts facts) {
        List<Counted> out = new ArrayList<>();
        for (EntryFact e : facts.entries()) {
            if (!e.indicator().equals(indicator) || e.year() < facts.from().getYear()
                    || e.year() > facts.to().getYear()) {
                continue;
            }
            String reference = e.countryCode() + (e.institutionId() == null ? ""
                    : " " + institutionCode(facts, e.institutionId())) + " " + e.year();
            out.add(new Counted(e.measure(), e.countryCode(), e.institutionId(), null, e.numerator(), e.denominator(),
                    row("ENTRY", e.id(), reference, LocalDate.of(e.year(), 12, 31), true, "entered by "
                            + e.enteredBy() + " on " + day(e.enteredAt()) + "; evidence: " + e.evidence())));
        }
        return out;
    }

    // 16 ------------------------------------------------------------------------------------------------------------

    static List<Counted> dataOnTime(ProgrammeFacts facts, List<Required> required) {
        List<Counted> out = new ArrayList<>();
        Set<String> reporting = new LinkedHashSet<>();
        facts.plans().stream().sorted(Comparator.comparing(PlanFact::countryCode))
                .forEach(p -> reporting.add(p.countryCode()));
        Map<String, PeriodFact> periods = facts.periods().stream()
                .collect(Collectors.toMap(p -> p.countryCode() + "/" + p.year(), Function.identity()));
        for (int year = facts.from().getYear(); year <= facts.to().getYear(); year++) {
            LocalDate end = LocalDate.of(year, 12, 31);
            if (!within(facts, end)) {
                continue;
            }
            LocalDate due = LocalDate.of(year + 1, ON_TIME_MONTH, ON_TIME_DAY);
            for (String country : reporting) {
                PeriodFact period = periods.get(country + "/" + year);
                List<String> missing = missing(facts, required, country, year);
                String why;
                boolean ok = false;
                if (period == null || period.submittedAt() == null) {
                    why = "not submitted";
                } else if ("RETURNED".equals(period.status()) || "OPEN".equals(period.status())) {
                    why = "submitted " + day(period.submittedAt()) + ", then " + period.status().toLowerCase();
                } else if (day(period.submittedAt()).isAfter(due)) {
                    why = "submitted " + day(period.submittedAt()) + ", after " + due;
                } else if (!missing.isEmpty()) {
                    why = "submitted " + day(period.submittedAt()) + " without " + String.join(", ", missing);
                } else {
                    why = "submitted " + day(period.submittedAt()) + ", by " + due + ", complete";
                    ok = true;
                }
                out.add(new Counted("ON_TIME", country, null, null, ok ? ONE : ZERO, ONE, row("REPORTING_PERIOD",
                        year, country + " " + year, period == null || period.submittedAt() == null ? null
                                : day(period.submittedAt()), true, why)));
            }
        }
        return out;
    }

    /** The required entries of a country's year that were not entered (per institution with a plan where due). */
    static List<String> missing(ProgrammeFacts facts, List<Required> required, String country, int year) {
        List<String> missing = new ArrayList<>();
        for (Required r : required) {
            if (!r.perInstitution()) {
                if (facts.entries().stream().noneMatch(e -> matches(e, r, country, year, null))) {
                    missing.add(r.indicator() + "." + r.measure());
                }
                continue;
            }
            for (PlanFact plan : facts.plans()) {
                if (plan.countryCode().equals(country) && facts.entries().stream()
                        .noneMatch(e -> matches(e, r, country, year, plan.institutionId()))) {
                    missing.add(r.indicator() + "." + r.measure() + " of " + institutionCode(facts,
                            plan.institutionId()));
                }
            }
        }
        return missing;
    }

    private static boolean matches(EntryFact e, Required r, String country, int year, Long institution) {
        return e.indicator().equals(r.indicator()) && e.measure().equals(r.measure())
                && e.countryCode().equals(country) && e.year() == year
                && java.util.Objects.equals(e.institutionId(), institution);
    }

    // helpers -------------------------------------------------------------------------------------------------------

    static boolean within(ProgrammeFacts facts, LocalDate day) {
        return day != null && !day.isBefore(facts.from()) && !day.isAfter(facts.to());
    }

    private static LocalDate day(java.time.Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    private static String institutionCode(ProgrammeFacts facts, long institutionId) {
        var institution = facts.institution(institutionId);
        return institution == null ? "institution " + institutionId : institution.code();
    }

    private static Counted one(String measure, ProgrammeFacts facts, long institution, Row row) {
        return new Counted(measure, facts.countryOf(institution), institution, null, ONE, null, row);
    }

    private static Counted none(String measure, ProgrammeFacts facts, long institution, Row row) {
        return new Counted(measure, facts.countryOf(institution), institution, null, ZERO, ZERO, row);
    }

    private static Row row(String source, long id, String reference, LocalDate date, boolean counted, String why) {
        return new Row(source, id, reference, date, null, null, null, counted, why);
    }

    private static Row money(String source, long id, String reference, LocalDate date, String currency,
            BigDecimal amount, BigDecimal usd, boolean counted, String why) {
        return new Row(source, id, reference, date, currency, amount, usd, counted, why);
    }

    private static Row withWhy(Row r, boolean counted, String why) {
        return new Row(r.source(), r.id(), r.reference(), r.date(), r.currency(), r.amount(), r.usd(), counted, why);
    }

    private static String noRate(String currency, int year) {
        return "no US dollar rate recorded for " + currency + " in " + year;
    }

    private static String converted(Rates.Usd usd) {
        return usd.rate().compareTo(ONE) == 0 ? "" : " at " + usd.rate().stripTrailingZeros().toPlainString()
                + " USD per unit";
    }
}
