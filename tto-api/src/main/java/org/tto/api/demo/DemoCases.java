package org.tto.api.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.tto.disclosure.Assessment.Novelty;
import org.tto.disclosure.Assessment.Scorecard;
import org.tto.disclosure.Commands.DecideProtection;
import org.tto.disclosure.Commands.NewFiling;
import org.tto.disclosure.Commands.NewFunding;
import org.tto.disclosure.Commands.NewInventor;
import org.tto.disclosure.Commands.RecordFilings;
import org.tto.disclosure.Commands.SubmitDisclosure;
import org.tto.disclosure.Commands.Triage;
import org.tto.disclosure.DisclosureSearch;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.InventionDisclosure;
import org.tto.disclosure.ProtectionOutcome;
import org.tto.disclosure.TriageOutcome;
import org.tto.docketing.FilingKind;
import org.tto.identity.Actor;
import org.tto.identity.AppUser;
import org.tto.identity.AppUserRepository;
import org.tto.institution.Institution;
import org.tto.licensing.AgreementType;
import org.tto.licensing.Confidentiality;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseTerms;
import org.tto.licensing.LicenseeSize;
import org.tto.licensing.LicensingCommands.AddProspect;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.licensing.LicensingCommands.RecordInteraction;
import org.tto.licensing.LicensingCommands.WriteBrief;
import org.tto.licensing.LicensingPathService;
import org.tto.licensing.Obligation;
import org.tto.licensing.OptionGrant;
import org.tto.licensing.ProspectInteraction.Channel;
import org.tto.licensing.ReportingPeriod;
import org.tto.licensing.RoyaltyTier;
import org.tto.licensing.TermSheet;
import org.tto.report.AutmReportService;
import org.tto.report.FiscalYear;
import org.tto.report.ReportCommands.EnterResearchExpenditure;
import org.tto.revenue.AutmCategory;
import org.tto.revenue.CaseCost;
import org.tto.revenue.PolicyBand;
import org.tto.revenue.RevenueCommands.DefinePolicy;
import org.tto.revenue.RevenueCommands.RecordCost;
import org.tto.revenue.RevenueCommands.RecordReceipt;
import org.tto.revenue.RevenueService;
import org.tto.startup.ConflictVerdict;
import org.tto.startup.PlanVerdict;
import org.tto.startup.StartupCommands.FormStartup;
import org.tto.startup.StartupCommands.Incorporate;
import org.tto.startup.StartupCommands.NewFounder;
import org.tto.startup.StartupCompany;
import org.tto.workflow.disclosure.CaseTasks;
import org.tto.workflow.disclosure.CaseTasks.CaseTask;
import org.tto.workflow.disclosure.DisclosureWorkflow;
import org.tto.workflow.licensing.LicensingTasks;
import org.tto.workflow.licensing.ObligationWatches;
import org.tto.workflow.startup.StartupFormations;

/**
 * Demo case records for the embedded default, so that a newcomer's inbox, case list and director's desk are not empty
 * and the AUTM report and the programme indicators show real figures. UNA (Kenya) gets four disclosures by
 * {@code inventor-a}, each at a different stage: one licensed exclusively (with a distribution policy, a patent cost
 * and two receipts distributed), one spun out as an incorporated start-up, one waiting for the director's protection
 * decision, one waiting for triage; UNB gets one disclosure submitted by its officer; UNA's director enters the
 * research expenditure of the fiscal year in progress (in KES).
 *
 * <p>Every record is made through the application's own services, as the demo users would make it in the pages, so
 * each case carries its process, history and deadlines like any other. Dated today ({@code LocalDate.now(clock)}):
 * the cases are submitted today, and nothing of a case is dated before its submission.
 *
 * <p>Enabled by {@code tto.demo-data.records} (the embedded default only; never the mysql profile); runs after
 * {@link DemoData}, which creates the users. Idempotent: nothing is done once UNA has any disclosure. A step the
 * services refuse fails the start with their error (EmbeddedDefaultIT runs this class), so a rule that no longer
 * lets the demo through is noticed, not left as a half-walked case.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "tto.demo-data.records", havingValue = "true")
public class DemoCases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoCases.class);
    /** How long to wait for a case's next task (the engine may create it in an async continuation). */
    private static final Duration TASK_WAIT = Duration.ofSeconds(10);
    private static final String KES = "KES";

    private final AppUserRepository users;
    private final DisclosureWorkflow submissions;
    private final DisclosureService cases;
    private final CaseTasks caseTasks;
    private final LicensingTasks licensing;
    private final LicensingPathService marketing;
    private final StartupFormations startups;
    private final RevenueService revenue;
    private final ObligationWatches income;
    private final AutmReportService reports;
    private final Clock clock;

    public DemoCases(AppUserRepository users, DisclosureWorkflow submissions, DisclosureService cases,
            CaseTasks caseTasks, LicensingTasks licensing, LicensingPathService marketing,
            StartupFormations startups, RevenueService revenue, ObligationWatches income, AutmReportService reports,
            Clock clock) {
        this.users = users;
        this.submissions = submissions;
        this.cases = cases;
        this.caseTasks = caseTasks;
        this.licensing = licensing;
        this.marketing = marketing;
        this.startups = startups;
        this.revenue = revenue;
        this.income = income;
        this.reports = reports;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        Actor officer = actor("officer-a");
        if (!cases.search(officer, new DisclosureSearch(null, null, null, 0, 1)).isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Actor inventor = actor("inventor-a");
        Actor director = actor("director-a");
        licensedCase(inventor, officer, director, today);
        startupCase(inventor, officer, director, today);
        caseAwaitingDecision(inventor, officer);
        caseAwaitingTriage(inventor);
        otherInstitutionsCase(actor("officer-b"));
        researchExpenditure(director, today);
    }

    /**
     * Case A (water): filed as a US provisional, licensing chosen, an exclusive licence to an inventor-linked company
     * executed after the director cleared the conflict; a patent cost, the policy and two receipts, distributed.
     */
    private void licensedCase(Actor inventor, Actor officer, Actor director, LocalDate today) {
        InventionDisclosure disclosure = submissions.submit(inventor, new SubmitDisclosure(
                "Solar-powered fluoride filter for rural boreholes",
                "A bone-char and activated-alumina filter, pumped by a 60 W solar panel, that takes fluoride in "
                        + "borehole water below the WHO limit of 1.5 mg/l.",
                "Regeneration cycle and media recipe in the attached lab notebook, pages 14-31; field data from "
                        + "three boreholes in Kajiado County.",
                "water; fluoride; fluorosis; solar; borehole", 5,
                List.of(inventor("Irene Wanjiru", "inventor-a@una.example.org", "Department of Chemistry", "60",
                                "inventor-a"),
                        inventor("Peter Ochieng", "p.ochieng@una.example.org", "Department of Civil Engineering",
                                "40", null)),
                List.of(new NewFunding("National Research Fund Kenya", "NRF/2024/WTR/117",
                        "Acknowledge the NRF; report commercialisation income yearly")),
                List.of()));
        long id = disclosure.id();
        String reference = disclosure.reference();
        String applicationNumber = "63/74%04d".formatted(id);
        toReadyForCommercialisation(officer, director, disclosure,
                new Scorecard(Novelty.NO_RELEVANT_PRIOR_ART, "Bone-char filters are known; none solar-pumped with "
                        + "in-place regeneration (searched Espacenet and Google Patents).", 4, 5, 4, 5,
                        ProtectionOutcome.FILE_PROVISIONAL, "Strong demand from county water utilities."),
                new DecideProtection(ProtectionOutcome.FILE_PROVISIONAL, "A US provisional secures the priority "
                        + "date while we look for a licensee; PCT decision within 12 months."),
                new NewFiling("US", FilingKind.PROVISIONAL, applicationNumber, today, Set.of(), Set.of()));
        revenue.recordCost(officer, id, new RecordCost(CaseCost.Kind.PATENT, "US provisional application "
                + applicationNumber + ": USPTO fee and patent attorney", today, KES, new BigDecimal("285000.00")));

        caseTasks.chooseCommercialisationRoutes(officer, task(officer, reference,
                "Task_ChooseCommercialisationRoutes"), true, false);
        licensing.prepareBrief(officer, task(officer, reference, "Task_PrepareBrief"), new WriteBrief(
                "Solar-powered fluoride filter for rural boreholes",
                "Fluoride in East African groundwater causes dental and skeletal fluorosis in millions of people.",
                "Removes 95 % of fluoride without grid power; the medium is regenerated in place.",
                "KES 55 per 1 000 litres, against KES 270 for bone-char plants run on diesel.", 5,
                "Rural water kiosks; schools; health centres"));
        String company = "Maji Safi Ltd";
        long prospect = marketing.addProspect(officer, id, new AddProspect(company, LicenseeSize.SMALL, "KE",
                "Grace Akinyi", "bd@majisafi.example.com", true)).id();
        marketing.recordInteraction(officer, prospect, new RecordInteraction(today, Channel.SITE_VISIT,
                "Demonstration of the prototype at a borehole in Kajiado", "Send the NDA"));
        licensing.chooseProspect(officer, task(officer, reference, "Task_MarketTechnology"), prospect);
        licensing.recordConfidentiality(officer, task(officer, reference, "Task_RecordConfidentiality"),
                new Confidentiality(Confidentiality.Kind.NDA, today, today.plusYears(3),
                        "UNA/NDA/%d/017".formatted(today.getYear())), true);
        String field = "Water treatment";
        String territory = "East Africa";
        licensing.recordOption(officer, task(officer, reference, "Task_RecordOption"), new OptionGrant(true, field,
                territory, today, today.plusMonths(6), KES, new BigDecimal("250000.00")));
        licensing.agreeTermSheet(officer, task(officer, reference, "Task_AgreeTermSheet"), new TermSheet(today,
                AgreementType.EXCLUSIVE, field, territory, "KES 500 000 issue fee; 5 % of net sales up to KES 50 "
                        + "million, 3 % above; KES 1 500 000 annual minimum; 25 % of sublicence income"));
        LicenseAgreement agreement = licensing.draft(officer, task(officer, reference, "Task_DraftAgreement"),
                new LicenseTerms(company, "bd@majisafi.example.com", true, AgreementType.EXCLUSIVE, field,
                        territory, today, today.plusYears(5), KES, new BigDecimal("500000.00"),
                        List.of(new RoyaltyTier(BigDecimal.ZERO, new BigDecimal("5")),
                                new RoyaltyTier(new BigDecimal("50000000"), new BigDecimal("3"))),
                        new BigDecimal("1500000.00"), List.of(), new BigDecimal("25"), true,
                        ReportingPeriod.QUARTERLY, LicenseeSize.SMALL));
        licensing.decideConflict(director, task(director, reference, "Task_ClearConflict"), true,
                "Peter Ochieng consults for Maji Safi but holds no equity; he took no part in the negotiation.");
        licensing.decideApproval(director, task(director, reference, "Task_ApproveAgreement"), true,
                "Terms as the term sheet.");
        List<Obligation> schedule = licensing.recordExecution(officer, task(officer, reference,
                "Task_RecordExecution"), new ExecuteAgreement(today));

        if (revenue.policies(director).isEmpty()) {
            revenue.definePolicy(director, new DefinePolicy(null, LocalDate.of(2020, 1, 1), KES, true,
                    new BigDecimal("15"), "Department of Chemistry", "UNA IP policy 2020, s. 12", List.of(
                            // 50/25/25 on the first KES 1 000 000.00 of a case's net income, then 40/30/30
                            new PolicyBand(100_000_000L, new BigDecimal("50"), new BigDecimal("25"),
                                    new BigDecimal("25")),
                            new PolicyBand(null, new BigDecimal("40"), new BigDecimal("30"), new BigDecimal("30")))));
        }
        income.recordReceipt(officer, new RecordReceipt(id, agreement.id(), AutmCategory.ISSUE_FEE, KES,
                new BigDecimal("500000.00"), today, "Issue fee on signature"));
        schedule.stream().filter(o -> o.kind() == Obligation.Kind.ISSUE_FEE_PAYMENT).findFirst()
                .ifPresent(fee -> income.fulfil(officer, fee.id(), today));
        income.recordReceipt(officer, new RecordReceipt(id, agreement.id(), AutmCategory.RUNNING_ROYALTY, KES,
                new BigDecimal("96000.00"), today, "5 % of KES 1 920 000 of pilot sales to two county utilities"));
        log.info("Demo case {} created: {}, US provisional {} filed, exclusive licence to {} executed, issue fee and "
                + "royalty received and distributed", reference, status(officer, id), applicationNumber, company);
    }

    /**
     * Case B (agriculture): filed in Kenya, the start-up route chosen, its plan approved, the inventor-founder's
     * conflict cleared, incorporated with the institution's equity.
     */
    private void startupCase(Actor inventor, Actor officer, Actor director, LocalDate today) {
        InventionDisclosure disclosure = submissions.submit(inventor, new SubmitDisclosure(
                "Hermetic grain-storage bag with a moisture indicator",
                "A triple-layer hermetic bag whose printed indicator turns from blue to pink when stored maize "
                        + "passes 13.5 % moisture, before aflatoxin moulds can grow.",
                "Indicator ink formulation and lamination process in the attached report, sections 3-5.",
                "agriculture; post-harvest; aflatoxin; maize; storage", 6,
                List.of(inventor("Irene Wanjiru", "inventor-a@una.example.org", "Department of Chemistry", "70",
                                "inventor-a"),
                        inventor("Samuel Kiprop", "s.kiprop@una.example.org",
                                "Department of Agricultural Engineering", "30", null)),
                List.of(new NewFunding("Kenya Climate Smart Agriculture Project", "KCSAP/UNA/2025/08",
                        "Share the results with the county extension services")),
                List.of()));
        String reference = disclosure.reference();
        String applicationNumber = "KE/P/%d/%06d".formatted(today.getYear(), 4500 + disclosure.id());
        toReadyForCommercialisation(officer, director, disclosure,
                new Scorecard(Novelty.CLOSE_PRIOR_ART, "Hermetic bags are known (PICS); no moisture indicator "
                        + "printed on the bag.", 3, 5, 5, 6, ProtectionOutcome.FILE_PATENT,
                        "Large smallholder market; best brought to market by a company of its own."),
                new DecideProtection(ProtectionOutcome.FILE_PATENT, "A Kenyan application: the first market is "
                        + "East Africa and a start-up will carry it."),
                new NewFiling("KE", FilingKind.NATIONAL, applicationNumber, today, Set.of(), Set.of()));

        caseTasks.chooseCommercialisationRoutes(officer, task(officer, reference,
                "Task_ChooseCommercialisationRoutes"), false, true);
        StartupCompany startup = startups.recordFounders(officer, task(officer, reference, "Task_RecordFounders"),
                new FormStartup("Ghala Salama Ltd", "Indicator bags sold through agro-dealers and cereal "
                        + "cooperatives in six maize-growing counties; 40 000 bags in the first year.",
                        List.of(new NewFounder("Irene Wanjiru", true, "inventor-a"),
                                new NewFounder("Wambui Kariuki (CEO)", false, null))));
        startups.reviewPlan(director, task(director, reference, "Task_ReviewBusinessPlan"), PlanVerdict.APPROVE,
                "Pilot orders from two cooperatives make the first-year volume credible.");
        startups.reviewConflict(director, task(director, reference, "Task_ReviewStartupConflict"),
                ConflictVerdict.CLEARED, "Irene keeps 80 % of her university time and takes no part in UNA's "
                        + "dealings with the company.");
        startup = startups.recordIncorporation(officer, task(officer, reference, "Task_RecordIncorporation"),
                new Incorporate(today, "PVT-GHS%dK7".formatted(today.getYear()), 100_000, new BigDecimal("10"),
                        null));
        log.info("Demo case {} created: {}, Kenyan application {} filed, start-up {} {}", reference,
                status(officer, disclosure.id()), applicationNumber, startup.name(), startup.status());
    }

    /** Case C (health): triaged and assessed; waiting for the director's protection decision. */
    private void caseAwaitingDecision(Actor inventor, Actor officer) {
        InventionDisclosure disclosure = submissions.submit(inventor, new SubmitDisclosure(
                "Paper-based rapid test for sickle-cell disease in newborns",
                "A lateral-flow strip that tells HbSS, HbAS and HbAA apart from a heel-prick drop of blood in ten "
                        + "minutes, without electricity or a laboratory.",
                "Antibody pair and membrane treatment in the attached protocol; results on 412 samples from Kisumu "
                        + "County Referral Hospital.",
                "health; diagnostics; sickle cell; newborn screening", 4,
                List.of(inventor("Irene Wanjiru", "inventor-a@una.example.org", "Department of Chemistry", "50",
                                "inventor-a"),
                        inventor("Faith Achieng", "f.achieng@una.example.org", "School of Medicine", "50", null)),
                List.of(new NewFunding("Grand Challenges Africa", "GCA/2025/0213",
                        "Global access: priced for public health services in Africa")),
                List.of()));
        triageAndAssess(officer, disclosure, new Scorecard(Novelty.CLOSE_PRIOR_ART, "Two lateral-flow sickle-cell "
                + "tests are sold; neither tells the carrier state apart in newborns.", 4, 4, 4, 4,
                ProtectionOutcome.FILE_PATENT, "File before the clinical results are published."));
        log.info("Demo case {} created: {}, waiting for the director's protection decision",
                disclosure.reference(), status(officer, disclosure.id()));
    }

    /** Case D (energy): just submitted; waiting for triage. */
    private void caseAwaitingTriage(Actor inventor) {
        InventionDisclosure disclosure = submissions.submit(inventor, new SubmitDisclosure(
                "Biogas digester built from recycled HDPE drums",
                "A household biogas digester assembled from three recycled 200-litre HDPE drums with a floating "
                        + "gas holder; cooking gas for a family of six from the dung of two cows.",
                "Drum coupling and the gas-holder seal are drawn in the attached sketches.",
                "energy; biogas; recycling; clean cooking", 3,
                List.of(inventor("Irene Wanjiru", "inventor-a@una.example.org", "Department of Chemistry", "100",
                        "inventor-a")),
                List.of(new NewFunding("UNA Innovation Seed Fund", "UNA-ISF-2026-05", null)),
                List.of()));
        log.info("Demo case {} created: {}, waiting for triage", disclosure.reference(),
                status(inventor, disclosure.id()));
    }

    /** UNB: a disclosure its officer submitted for an inventor; UNA's users never see it. */
    private void otherInstitutionsCase(Actor officer) {
        InventionDisclosure disclosure = submissions.submit(officer, new SubmitDisclosure(
                "Low-cost soil-moisture sensor for smallholder drip irrigation",
                "A capacitive sensor printed on a circuit board, read by a basic phone over SMS, that opens the "
                        + "drip line only when the root zone is dry.",
                "Circuit and calibration curves for four soil types in the attached report.",
                "agriculture; irrigation; sensor; water saving", 5,
                List.of(inventor("Kevin Mutua", "k.mutua@unb.example.org",
                        "Department of Agricultural and Biosystems Engineering", "100", null)),
                List.of(), List.of()));
        log.info("Demo case {} created: {}, submitted by {} for the inventor", disclosure.reference(),
                status(officer, disclosure.id()), officer.username());
    }

    /** UNA's research expenditure of the fiscal year in progress, for the AUTM report and the indicators. */
    private void researchExpenditure(Actor director, LocalDate today) {
        Institution una = users.findByUsername(director.username()).flatMap(AppUser::institution).orElseThrow();
        int fiscalYear = FiscalYear.containing(today, una.fiscalYearStartMonth(), una.fiscalYearStartDay()).year();
        reports.enterResearchExpenditure(director, fiscalYear, new EnterResearchExpenditure(
                new BigDecimal("2400000000.00"), KES, "UNA finance office: research grants and contracts, FY"
                        + fiscalYear + " budget"));
        log.info("Demo research expenditure of {} for FY{}: KES 2 400 000 000.00", una.code(), fiscalYear);
    }

    /** Triage, assessment, the director's decision and the filing: the case is ready for commercialisation. */
    private void toReadyForCommercialisation(Actor officer, Actor director, InventionDisclosure disclosure,
            Scorecard assessment, DecideProtection decision, NewFiling filing) {
        triageAndAssess(officer, disclosure, assessment);
        String reference = disclosure.reference();
        caseTasks.decideProtection(director, task(director, reference, "Task_DecideProtection"), decision);
        caseTasks.recordFilings(officer, task(officer, reference, "Task_RecordFilings"),
                new RecordFilings(List.of(filing)));
    }

    private void triageAndAssess(Actor officer, InventionDisclosure disclosure, Scorecard assessment) {
        String reference = disclosure.reference();
        caseTasks.triage(officer, task(officer, reference, "Task_Triage"), new Triage(TriageOutcome.ACCEPT,
                "In scope: a new technical solution with a clear use."));
        caseTasks.assess(officer, task(officer, reference, "Task_AssessPatentability"), assessment);
    }

    /**
     * The id of the case's task {@code key} that the actor may work on. The engine creates the next task when the
     * previous one completes, or in an async continuation: this waits for it, at most {@link #TASK_WAIT}.
     */
    private String task(Actor actor, String reference, String key) {
        long giveUpAt = System.nanoTime() + TASK_WAIT.toNanos();
        while (true) {
            for (CaseTask task : caseTasks.workableTasksOf(actor, reference)) {
                if (key.equals(task.key())) {
                    return task.id();
                }
            }
            if (System.nanoTime() > giveUpAt) {
                throw new IllegalStateException("Demo case " + reference + ": no task " + key + " for "
                        + actor.username() + " after " + TASK_WAIT.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted waiting for " + key + " of " + reference, e);
            }
        }
    }

    private String status(Actor actor, long id) {
        return cases.get(actor, id).status().name();
    }

    private Actor actor(String username) {
        return Actor.of(users.findByUsername(username).orElseThrow(() -> new IllegalStateException(
                "Demo user " + username + " is missing: DemoData (tto.demo-data.enabled) creates it")));
    }

    private static NewInventor inventor(String name, String email, String affiliation, String sharePercent,
            String username) {
        return new NewInventor(name, email, affiliation, new BigDecimal(sharePercent), username);
    }
}
