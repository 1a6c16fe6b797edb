package org.tto.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tto.disclosure.Filing;
import org.tto.docketing.FilingKind;
import org.tto.licensing.AgreementStatus;
import org.tto.licensing.AgreementType;
import org.tto.licensing.LicenseeSize;
import org.tto.report.AutmFacts.AgreementFact;
import org.tto.report.AutmFacts.CostFact;
import org.tto.report.AutmFacts.FilingFact;
import org.tto.report.AutmFacts.ReceiptFact;
import org.tto.report.AutmFacts.StartupFact;
import org.tto.report.AutmMetric.Amount;
import org.tto.report.AutmMetric.Definition;
import org.tto.report.AutmMetric.Split;
import org.tto.report.AutmMetric.Step;
import org.tto.revenue.AutmCategory;

/**
 * The AUTM metrics as plain functions of an institution's rows and a fiscal year. Each metric lists every row it
 * looked at as a step, counted or not, with the reason; money is summed per currency, never converted.
 */
public final class AutmRules {

    public static final String INVENTION_DISCLOSURES = "INVENTION_DISCLOSURES";
    public static final String NEW_PATENT_APPLICATIONS = "NEW_PATENT_APPLICATIONS";
    public static final String TOTAL_PATENT_APPLICATIONS = "TOTAL_PATENT_APPLICATIONS";
    public static final String ISSUED_PATENTS = "ISSUED_PATENTS";
    public static final String LICENSES_EXECUTED = "LICENSES_EXECUTED";
    public static final String OPTIONS_EXECUTED = "OPTIONS_EXECUTED";
    public static final String ACTIVE_LICENSES = "ACTIVE_LICENSES";
    public static final String LICENSE_INCOME = "LICENSE_INCOME";
    public static final String RUNNING_ROYALTIES = "RUNNING_ROYALTIES";
    public static final String CASHED_IN_EQUITY = "CASHED_IN_EQUITY";
    public static final String LEGAL_FEES_SPENT = "LEGAL_FEES_SPENT";
    public static final String LEGAL_FEES_REIMBURSED = "LEGAL_FEES_REIMBURSED";
    public static final String STARTUPS_FORMED = "STARTUPS_FORMED";
    public static final String RESEARCH_EXPENDITURE = "RESEARCH_EXPENDITURE";

    /** Every metric, in the order the report shows them. */
    public static final List<String> CODES = List.of(INVENTION_DISCLOSURES, NEW_PATENT_APPLICATIONS,
            TOTAL_PATENT_APPLICATIONS, ISSUED_PATENTS, LICENSES_EXECUTED, OPTIONS_EXECUTED, ACTIVE_LICENSES,
            LICENSE_INCOME, RUNNING_ROYALTIES, CASHED_IN_EQUITY, LEGAL_FEES_SPENT, LEGAL_FEES_REIMBURSED,
            STARTUPS_FORMED, RESEARCH_EXPENDITURE);

    public static final String TYPE = "type";
    public static final String LICENSEE_SIZE = "licenseeSize";
    public static final String FILING_KIND = "filingKind";

    private AutmRules() {}

    /** Every metric of the fiscal year, each under the definition {@code definitions} gives for its code. */
    public static List<AutmMetric> all(FiscalYear year, Function<String, Definition> definitions, AutmFacts facts) {
        return List.of(
                inventionDisclosures(year, definitions.apply(INVENTION_DISCLOSURES), facts),
                newPatentApplications(year, definitions.apply(NEW_PATENT_APPLICATIONS), facts.filings()),
                totalPatentApplications(year, definitions.apply(TOTAL_PATENT_APPLICATIONS), facts.filings()),
                issuedPatents(year, definitions.apply(ISSUED_PATENTS), facts.filings()),
                executed(year, definitions.apply(LICENSES_EXECUTED), facts.agreements(), false),
                executed(year, definitions.apply(OPTIONS_EXECUTED), facts.agreements(), true),
                activeLicenses(year, definitions.apply(ACTIVE_LICENSES), facts.agreements()),
                licenseIncome(year, definitions.apply(LICENSE_INCOME), facts.receipts()),
                runningRoyalties(year, definitions.apply(RUNNING_ROYALTIES), facts.receipts()),
                cashedInEquity(year, definitions.apply(CASHED_IN_EQUITY), facts.receipts()),
                legalFeesSpent(year, definitions.apply(LEGAL_FEES_SPENT), facts.costs()),
                legalFeesReimbursed(year, definitions.apply(LEGAL_FEES_REIMBURSED), facts.receipts()),
                startupsFormed(year, definitions.apply(STARTUPS_FORMED), facts.startups()),
                researchExpenditure(year, definitions.apply(RESEARCH_EXPENDITURE), facts.research()));
    }

    static AutmMetric inventionDisclosures(FiscalYear year, Definition definition, AutmFacts facts) {
        List<Step> steps = facts.disclosures().stream().filter(d -> year.contains(d.receivedOn()))
                .sorted(Comparator.comparing(AutmFacts.DisclosureFact::receivedOn)
                        .thenComparing(AutmFacts.DisclosureFact::id))
                .map(d -> new Step("DISCLOSURE", d.id(), d.reference(), d.receivedOn(), null, null, true,
                        "received " + d.receivedOn()))
                .toList();
        return counted(year, definition, steps, List.of());
    }

    /**
     * The first filing of each case (earliest filing date, then lowest id) is new when filed in the year; a filing
     * claiming a priority, or filed after the case's first, is a follow-on.
     */
    static AutmMetric newPatentApplications(FiscalYear year, Definition definition, List<FilingFact> filings) {
        Map<Long, FilingFact> firstOfCase = firstFilings(filings);
        Map<Long, FilingFact> byId = filings.stream().collect(Collectors.toMap(FilingFact::id, f -> f));
        List<Step> steps = new ArrayList<>();
        for (FilingFact filing : inYear(year, filings)) {
            FilingFact first = firstOfCase.get(filing.disclosureId());
            boolean isNew = first.id() == filing.id() && filing.priorityClaims().isEmpty();
            String why;
            if (isNew) {
                why = "first filing of case " + filing.caseReference() + " (" + filing.kind() + "), no priority "
                        + "claimed: new";
            } else if (!filing.priorityClaims().isEmpty()) {
                why = "follow-on " + filing.kind() + ": claims the priority of " + filing.priorityClaims().stream()
                        .sorted().map(id -> Optional.ofNullable(byId.get(id)).map(c -> c.label() + " filed "
                                + c.filingDate()).orElse("filing " + id))
                        .collect(Collectors.joining(", ")) + "; not new";
            } else {
                why = "follow-on " + filing.kind() + ": the case's first filing is " + first.label() + " filed "
                        + first.filingDate() + "; not new";
            }
            steps.add(filingStep(filing, isNew, why));
        }
        return counted(year, definition, steps, kindSplit(steps, filings));
    }

    static AutmMetric totalPatentApplications(FiscalYear year, Definition definition, List<FilingFact> filings) {
        Map<Long, FilingFact> firstOfCase = firstFilings(filings);
        List<Step> steps = inYear(year, filings).stream()
                .map(f -> filingStep(f, true, f.kind() + " filed " + f.filingDate() + (firstOfCase.get(
                        f.disclosureId()).id() == f.id() && f.priorityClaims().isEmpty() ? " (first filing)"
                                : " (follow-on)")))
                .toList();
        return counted(year, definition, steps, kindSplit(steps, filings));
    }

    /** Filings carry a GRANTED status but no grant date: the figure cannot be placed in a fiscal year. */
    static AutmMetric issuedPatents(FiscalYear year, Definition definition, List<FilingFact> filings) {
        List<Step> steps = filings.stream().filter(f -> f.status() == Filing.Status.GRANTED)
                .sorted(Comparator.comparing(FilingFact::id))
                .map(f -> filingStep(f, false, "GRANTED, grant date not recorded"))
                .toList();
        return new AutmMetric(definition.code(), definition.title(), null, List.of(), List.of(), false,
                "Not derivable: filings record a GRANTED status but no grant date, so grants cannot be placed in "
                        + "a fiscal year. " + steps.size() + " filing(s) of the institution's cases are GRANTED "
                        + "today (listed as steps, not counted).",
                definition, year.start(), year.end(), steps);
    }

    /** Licences (options excluded) or options executed in the year, with the type and licensee-size splits. */
    static AutmMetric executed(FiscalYear year, Definition definition, List<AgreementFact> agreements,
            boolean options) {
        List<AgreementFact> signed = agreements.stream()
                .filter(a -> a.status() == AgreementStatus.EXECUTED && year.contains(a.executedOn()))
                .sorted(Comparator.comparing(AgreementFact::executedOn).thenComparing(AgreementFact::id))
                .toList();
        List<Step> steps = new ArrayList<>();
        List<AgreementFact> counted = new ArrayList<>();
        for (AgreementFact a : signed) {
            boolean option = a.type() == AgreementType.OPTION;
            boolean count = option == options;
            if (count) {
                counted.add(a);
            }
            steps.add(agreementStep(a, a.executedOn(), count, count
                    ? a.type() + " executed " + a.executedOn() + ", licensee " + a.licenseeSize()
                    : option ? "an option: counted under " + OPTIONS_EXECUTED
                            : "a licence: counted under " + LICENSES_EXECUTED));
        }
        List<Split> splits = new ArrayList<>();
        if (!options) {
            splits.addAll(split(TYPE, List.of(AgreementType.EXCLUSIVE.name(), AgreementType.NON_EXCLUSIVE.name()),
                    counted, a -> a.type().name()));
        }
        splits.addAll(split(LICENSEE_SIZE, enumNames(LicenseeSize.values()), counted,
                a -> a.licenseeSize().name()));
        return counted(year, definition, steps, splits);
    }

    /** Executed licences and options in force on the year's last day: started by then, ending on or after it. */
    static AutmMetric activeLicenses(FiscalYear year, Definition definition, List<AgreementFact> agreements) {
        List<Step> steps = new ArrayList<>();
        List<AgreementFact> counted = new ArrayList<>();
        agreements.stream().filter(a -> a.status() == AgreementStatus.EXECUTED)
                .sorted(Comparator.comparing(AgreementFact::id)).forEach(a -> {
                    String why;
                    if (a.executedOn().isAfter(year.end())) {
                        why = "executed " + a.executedOn() + ", after the year's end";
                    } else if (a.startDate().isAfter(year.end())) {
                        why = "term starts " + a.startDate() + ", after the year's end";
                    } else if (a.endDate().isBefore(year.end())) {
                        why = "term ended " + a.endDate() + ", before the year's end";
                    } else {
                        why = null;
                    }
                    if (why == null) {
                        counted.add(a);
                    }
                    steps.add(agreementStep(a, a.executedOn(), why == null, why == null ? a.type() + " in force "
                            + a.startDate() + " to " + a.endDate() + " on " + year.end() : why));
                });
        return counted(year, definition, steps, split(TYPE, enumNames(AgreementType.values()), counted,
                a -> a.type().name()));
    }

    /** Every receipt of the year but patent-cost reimbursements, per currency and category. */
    static AutmMetric licenseIncome(FiscalYear year, Definition definition, List<ReceiptFact> receipts) {
        List<Step> steps = inYearReceipts(year, receipts).stream()
                .map(r -> r.category() == AutmCategory.PATENT_COST_REIMBURSEMENT
                        ? receiptStep(r, false, "patent-cost reimbursement: legal fees reimbursed, not licence "
                                + "income")
                        : receiptStep(r, true, r.category() + (r.category().isRunningRoyalty()
                                ? " (running royalty)" : "")))
                .toList();
        Map<Long, ReceiptFact> byId = receipts.stream().collect(Collectors.toMap(ReceiptFact::id, r -> r));
        return money(year, definition, steps, step -> byId.get(step.id()).category().name());
    }

    /** Royalties on product sales only: every other category is listed and left out, with the reason. */
    static AutmMetric runningRoyalties(FiscalYear year, Definition definition, List<ReceiptFact> receipts) {
        List<Step> steps = inYearReceipts(year, receipts).stream()
                .map(r -> r.category().isRunningRoyalty()
                        ? receiptStep(r, true, "royalty on product sales")
                        : receiptStep(r, false, notRunningRoyalty(r.category())))
                .toList();
        return money(year, definition, steps, null);
    }

    static AutmMetric cashedInEquity(FiscalYear year, Definition definition, List<ReceiptFact> receipts) {
        List<Step> steps = inYearReceipts(year, receipts).stream()
                .filter(r -> r.category() == AutmCategory.EQUITY_CASH_IN)
                .map(r -> receiptStep(r, true, "cash received from selling equity"))
                .toList();
        return money(year, definition, steps, null);
    }

    static AutmMetric legalFeesSpent(FiscalYear year, Definition definition, List<CostFact> costs) {
        List<Step> steps = costs.stream().filter(c -> year.contains(c.incurredOn()))
                .sorted(Comparator.comparing(CostFact::incurredOn).thenComparing(CostFact::id))
                .map(c -> new Step("COST", c.id(), c.caseReference(), c.incurredOn(), c.currency(), c.amount(), true,
                        c.kind() + " cost: " + c.description()))
                .toList();
        Map<Long, CostFact> byId = costs.stream().collect(Collectors.toMap(CostFact::id, c -> c));
        return money(year, definition, steps, s -> byId.get(s.id()).kind().name());
    }

    static AutmMetric legalFeesReimbursed(FiscalYear year, Definition definition, List<ReceiptFact> receipts) {
        List<Step> steps = inYearReceipts(year, receipts).stream()
                .filter(r -> r.category() == AutmCategory.PATENT_COST_REIMBURSEMENT)
                .map(r -> receiptStep(r, true, "patent-cost reimbursement"
                        + (r.agreementId() == null ? "" : " under agreement " + r.agreementId())))
                .toList();
        return money(year, definition, steps, null);
    }

    /** Incorporated in the year AND holding a licence or option from the institution. */
    static AutmMetric startupsFormed(FiscalYear year, Definition definition, List<StartupFact> startups) {
        List<Step> steps = startups.stream().filter(s -> year.contains(s.incorporatedOn()))
                .sorted(Comparator.comparing(StartupFact::incorporatedOn).thenComparing(StartupFact::id))
                .map(s -> new Step("STARTUP", s.id(), s.name(), s.incorporatedOn(), null, null,
                        s.agreementId() != null, s.agreementId() != null
                                ? "incorporated " + s.incorporatedOn() + ", holds agreement " + s.agreementId()
                                : "incorporated " + s.incorporatedOn() + " without a licence or option from the "
                                        + "institution: did not depend on licensing its technology; not counted"))
                .toList();
        return counted(year, definition, steps, List.of());
    }

    static AutmMetric researchExpenditure(FiscalYear year, Definition definition, AutmFacts.ResearchFact research) {
        if (research == null) {
            return new AutmMetric(definition.code(), definition.title(), null, List.of(), List.of(), false,
                    "Not entered: the institution's director enters it for FY" + year.year() + ".", definition,
                    year.start(), year.end(), List.of());
        }
        Step step = new Step("RESEARCH_EXPENDITURE", research.id(), research.source(), null, research.currency(),
                research.amount(), true, "entered by " + research.enteredBy() + "; source: " + research.source());
        return new AutmMetric(definition.code(), definition.title(), null, List.of(new Amount(research.currency(),
                AutmMetric.TOTAL, research.amount())), List.of(), true, null, definition, year.start(), year.end(),
                List.of(step));
    }

    /** Why a receipt of another category is no running royalty. */
    static String notRunningRoyalty(AutmCategory category) {
        return switch (category) {
            case ISSUE_FEE -> "licence issue fee";
            case OPTION_FEE -> "option payment";
            case ANNUAL_MINIMUM -> "annual minimum not supported by sales";
            case EQUITY_CASH_IN -> "cashed-in equity";
            case MILESTONE -> "milestone payment";
            case SUBLICENCE_INCOME -> "sublicence income";
            case PATENT_COST_REIMBURSEMENT -> "patent-cost reimbursement";
            case OTHER -> "other payment (e.g. termination)";
            case RUNNING_ROYALTY -> throw new IllegalArgumentException("a running royalty");
        } + ": not a royalty on product sales";
    }

    /** The first filing of each case: the earliest filing date, then the lowest id. */
    static Map<Long, FilingFact> firstFilings(List<FilingFact> filings) {
        return filings.stream().collect(Collectors.toMap(FilingFact::disclosureId, f -> f,
                (a, b) -> Comparator.comparing(FilingFact::filingDate).thenComparing(FilingFact::id)
                        .compare(a, b) <= 0 ? a : b));
    }

    private static List<FilingFact> inYear(FiscalYear year, List<FilingFact> filings) {
        return filings.stream().filter(f -> year.contains(f.filingDate()))
                .sorted(Comparator.comparing(FilingFact::filingDate).thenComparing(FilingFact::id)).toList();
    }

    private static List<ReceiptFact> inYearReceipts(FiscalYear year, List<ReceiptFact> receipts) {
        return receipts.stream().filter(r -> year.contains(r.receivedOn()))
                .sorted(Comparator.comparing(ReceiptFact::receivedOn).thenComparing(ReceiptFact::id)).toList();
    }

    private static Step filingStep(FilingFact f, boolean counted, String why) {
        return new Step("FILING", f.id(), f.caseReference() + " " + f.label(), f.filingDate(), null, null, counted,
                why);
    }

    private static Step agreementStep(AgreementFact a, LocalDate date, boolean counted, String why) {
        return new Step(a.source(), a.id(), a.type() + " to " + a.licensee(), date, null, null, counted, why);
    }

    private static Step receiptStep(ReceiptFact r, boolean counted, String why) {
        return new Step("RECEIPT", r.id(), r.caseReference() + " " + r.category(), r.receivedOn(), r.currency(),
                r.amount(), counted, why);
    }

    private static List<Split> kindSplit(List<Step> steps, List<FilingFact> filings) {
        Map<Long, FilingFact> byId = filings.stream().collect(Collectors.toMap(FilingFact::id, f -> f));
        List<FilingFact> counted = steps.stream().filter(Step::counted).map(s -> byId.get(s.id())).toList();
        return split(FILING_KIND, enumNames(FilingKind.values()), counted,
                f -> f.kind().name());
    }

    private static <T> List<Split> split(String dimension, List<String> keys, List<T> rows,
            Function<T, String> key) {
        Map<String, Long> counts = new LinkedHashMap<>();
        keys.forEach(k -> counts.put(k, 0L));
        rows.forEach(r -> counts.merge(key.apply(r), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> new Split(dimension, e.getKey(), e.getValue())).toList();
    }

    private static List<String> enumNames(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static AutmMetric counted(FiscalYear year, Definition definition, List<Step> steps, List<Split> splits) {
        return new AutmMetric(definition.code(), definition.title(), steps.stream().filter(Step::counted).count(),
                List.of(), splits, true, null, definition, year.start(), year.end(), steps);
    }

    /** Per currency: the TOTAL of the counted steps, then (when {@code part} is given) the sum of each part. */
    private static AutmMetric money(FiscalYear year, Definition definition, List<Step> steps,
            Function<Step, String> part) {
        Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
        for (Step step : steps.stream().filter(Step::counted).toList()) {
            Map<String, BigDecimal> ofCurrency = sums.computeIfAbsent(step.currency(), c -> new LinkedHashMap<>());
            ofCurrency.merge(AutmMetric.TOTAL, step.amount(), BigDecimal::add);
            if (part != null) {
                ofCurrency.merge(part.apply(step), step.amount(), BigDecimal::add);
            }
        }
        List<Amount> amounts = new ArrayList<>();
        sums.forEach((currency, parts) -> {
            amounts.add(new Amount(currency, AutmMetric.TOTAL, parts.get(AutmMetric.TOTAL)));
            parts.entrySet().stream().filter(e -> !e.getKey().equals(AutmMetric.TOTAL))
                    .sorted(Map.Entry.comparingByKey(partOrder()))
                    .forEach(e -> amounts.add(new Amount(currency, e.getKey(), e.getValue())));
        });
        return new AutmMetric(definition.code(), definition.title(), null, amounts, List.of(), true, null, definition,
                year.start(), year.end(), steps);
    }

    /** AUTM categories in their enum order (running royalties first), anything else after, by name. */
    private static Comparator<String> partOrder() {
        Map<String, Integer> order = new LinkedHashMap<>();
        for (AutmCategory c : AutmCategory.values()) {
            order.put(c.name(), c.ordinal());
        }
        return Comparator.<String>comparingInt(k -> order.getOrDefault(k, Integer.MAX_VALUE))
                .thenComparing(Comparator.naturalOrder());
    }
}
