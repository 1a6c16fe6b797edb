package org.tto.api.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tto.checkpoint.CheckpointService;
import org.tto.identity.Actor;
import org.tto.identity.AppUserRepository;
import org.tto.institution.Country;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.institution.Region;
import org.tto.office.OfficeCommands.BudgetEntry;
import org.tto.office.OfficeCommands.PartnershipDetails;
import org.tto.office.OfficeCommands.ProjectDetails;
import org.tto.office.OfficeCommands.ServiceDetails;
import org.tto.office.OfficeCommands.StaffDetails;
import org.tto.office.OfficeRecordsService;
import org.tto.office.PartnershipKind;
import org.tto.office.PatentServiceKind;
import org.tto.plan.CapabilityDimension;
import org.tto.plan.FundingSource;
import org.tto.plan.ImplementationPlan;
import org.tto.plan.Milestone;
import org.tto.plan.PlanEvent;
import org.tto.plan.PlanService;
import org.tto.plan.PlanService.NewActionItem;
import org.tto.plan.SustainabilityIndicator;
import org.tto.programme.IndicatorTarget.Kind;
import org.tto.programme.IndicatorTarget.ScopeKind;
import org.tto.programme.ProgrammeData;
import org.tto.programme.ProgrammeData.EnterValue;
import org.tto.programme.ProgrammeData.SetTarget;
import org.tto.programme.ReportingPeriods;
import org.tto.training.ResponseKind;
import org.tto.training.Sex;
import org.tto.training.TrainingCommands.Attendance;
import org.tto.training.TrainingCommands.EventDetails;
import org.tto.training.TrainingCommands.NewResponse;
import org.tto.training.TrainingKind;
import org.tto.training.TrainingService;

/**
 * The programme's side of the demo, for the embedded default: a least-developed country (Ethiopia, with one
 * institution) beside Kenya and Viet Nam; implementation plans at different stages (UNA operational with its IP
 * policy adopted and its first checkpoint submitted, so that the computed values stand beside the submitted ones);
 * training events with participants and surveys; each TTO's staff register, partnerships, patent-information
 * services and operating budget; an appropriate-technology project; the national strategies entered; targets and
 * baselines; exchange rates; last year's Kenyan period approved. Every record goes through the services, as the
 * coordinators, directors and reviewers would enter it, so that every programme indicator shows a figure. Runs once
 * (when Ethiopia is not there yet), after the users ({@link DemoData}) and the cases ({@code DemoCases}).
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "tto.demo-data.records", havingValue = "true")
public class DemoRecords implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRecords.class);
    private static final String DEMO_RATE = "Demo figure (the year's average order of magnitude), not an official rate";

    private final CountryRepository countries;
    private final InstitutionRepository institutions;
    private final AppUserRepository users;
    private final PlanService plans;
    private final CheckpointService checkpoints;
    private final TrainingService training;
    private final OfficeRecordsService office;
    private final ProgrammeData programme;
    private final ReportingPeriods periods;
    private final EntityManager entities;
    private final Clock clock;

    public DemoRecords(CountryRepository countries, InstitutionRepository institutions, AppUserRepository users,
            PlanService plans, CheckpointService checkpoints, TrainingService training, OfficeRecordsService office,
            ProgrammeData programme, ReportingPeriods periods, EntityManager entities, Clock clock) {
        this.countries = countries;
        this.institutions = institutions;
        this.users = users;
        this.plans = plans;
        this.checkpoints = checkpoints;
        this.training = training;
        this.office = office;
        this.programme = programme;
        this.periods = periods;
        this.entities = entities;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (countries.existsById("ET")) {
            return;
        }
        countries.save(new Country("ET", "Ethiopia", Region.AFRICA, true, 9));
        // the Ethiopian fiscal year starts on 1 Hamle, 8 July
        institutions.save(new Institution("AAD", "Demo Institute of Technology D", "ET", 7, 8));
        Actor admin = actor("admin");
        Actor ke = actor("coordinator-ke");
        Actor vn = actor("coordinator-vn");
        Actor reviewer = actor("reviewer");
        Actor director = actor("director-a");
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();

        for (int y = year - 1; y <= year; y++) {
            programme.enterRate(admin, "KES", y, new BigDecimal("0.0077"), DEMO_RATE);
            programme.enterRate(admin, "VND", y, new BigDecimal("0.000039"), DEMO_RATE);
            programme.enterRate(admin, "ETB", y, new BigDecimal("0.0078"), DEMO_RATE);
        }

        office(director, ke, vn, admin, today);
        training(ke, vn, admin, today);
        entries(ke, vn, admin, director, year);
        // the checkpoint computes its figures from the rows above, read by plain SQL: they must be written first
        entities.flush();
        plans(ke, vn, admin, today);
        targets(reviewer, ke, year);
        // last year's Kenyan figures, submitted and approved: that year is locked
        var submitted = periods.submit(ke, "KE", year - 1, null);
        periods.approve(reviewer, "KE", year - 1, "Complete and on time", submitted.version());
        log.info("Demo programme records created: plans, checkpoints, training, office records, entries, targets");
    }

    private void plans(Actor ke, Actor vn, Actor admin, LocalDate today) {
        ImplementationPlan una = plans.open(ke, "UNA", null);
        walk(ke, una.id(), today, PlanEvent.DECLARE_OPERATIONAL);
        plans.open(ke, "UNB", null);
        ImplementationPlan unc = plans.open(vn, "UNC", null);
        walk(vn, unc.id(), today, PlanEvent.APPROVE_ACTION_PLAN);
        ImplementationPlan aad = plans.open(admin, "AAD", null);
        walk(admin, aad.id(), today, PlanEvent.COMPLETE_ASSESSMENT);
        long first = checkpoints.forPlan(ke, una.id()).get(0).checkpoint().id();
        Map<SustainabilityIndicator, BigDecimal> values = new EnumMap<>(SustainabilityIndicator.class);
        values.put(SustainabilityIndicator.NON_PROGRAMME_BUDGET_SHARE, new BigDecimal("40"));
        values.put(SustainabilityIndicator.STAFF_RETAINED, new BigDecimal("3"));
        values.put(SustainabilityIndicator.DISCLOSURES_LAST_12_MONTHS, new BigDecimal("4"));
        values.put(SustainabilityIndicator.AGREEMENTS_EXECUTED, new BigDecimal("1"));
        values.put(SustainabilityIndicator.INCOME_TO_OPERATING_COST, new BigDecimal("0.1"));
        checkpoints.submit(ke, first, values);
    }

    /**
     * Takes a plan from needs assessment up to the event given: findings for every dimension, an action item for
     * each (the governance one is the IP-policy milestone), a budget, and the items done with evidence.
     */
    private void walk(Actor coordinator, long plan, LocalDate today, PlanEvent last) {
        for (CapabilityDimension dimension : CapabilityDimension.values()) {
            plans.recordFinding(coordinator, plan, dimension, FINDINGS.get(dimension));
        }
        plans.fire(coordinator, plan, PlanEvent.COMPLETE_ASSESSMENT, null);
        if (last == PlanEvent.COMPLETE_ASSESSMENT) {
            return;
        }
        List<Long> items = new ArrayList<>();
        for (CapabilityDimension dimension : CapabilityDimension.values()) {
            items.add(plans.addActionItem(coordinator, plan, new NewActionItem(ITEMS.get(dimension), dimension,
                    "TTO director", today.plusMonths(6), true)).id());
        }
        plans.markMilestone(coordinator, plan, items.get(0), Milestone.IP_POLICY_ADOPTED, null);
        plans.addBudgetLine(coordinator, plan, "Two TTO officers for two years (programme grant)",
                new BigDecimal("60000"), "USD", FundingSource.PROGRAMME);
        plans.addBudgetLine(coordinator, plan, "Office, patent fees and the director's time", new BigDecimal("40000"),
                "USD", FundingSource.INSTITUTION);
        plans.fire(coordinator, plan, PlanEvent.DRAFT_ACTION_PLAN, null);
        plans.fire(coordinator, plan, PlanEvent.APPROVE_ACTION_PLAN, null);
        if (last == PlanEvent.APPROVE_ACTION_PLAN) {
            return;
        }
        plans.fire(coordinator, plan, PlanEvent.START_IMPLEMENTATION, null);
        for (long item : items) {
            plans.completeActionItem(coordinator, plan, item, List.of("Senate minutes " + today.getYear() + "/" + item),
                    today);
        }
        plans.fire(coordinator, plan, PlanEvent.DECLARE_OPERATIONAL, null);
    }

    private static final Map<CapabilityDimension, String> FINDINGS = Map.of(
            CapabilityDimension.GOVERNANCE_AND_IP_POLICY, "No institutional IP policy; ownership of inventions unclear",
            CapabilityDimension.STAFFING_AND_SKILLS, "One part-time officer without licensing experience",
            CapabilityDimension.PROCEDURES, "No disclosure form or invention register",
            CapabilityDimension.FUNDING, "No budget line for patent fees",
            CapabilityDimension.SERVICES_AND_NETWORKS, "No link to the national TISC network");

    private static final Map<CapabilityDimension, String> ITEMS = Map.of(
            CapabilityDimension.GOVERNANCE_AND_IP_POLICY, "Adopt the institutional IP policy",
            CapabilityDimension.STAFFING_AND_SKILLS, "Recruit and train two TTO officers",
            CapabilityDimension.PROCEDURES, "Introduce the disclosure form and the case register",
            CapabilityDimension.FUNDING, "Secure a university budget line for patent costs",
            CapabilityDimension.SERVICES_AND_NETWORKS, "Join the national TTO network");

    private void office(Actor director, Actor ke, Actor vn, Actor admin, LocalDate today) {
        int year = today.getYear();
        LocalDate january = LocalDate.of(year, 1, 1);
        office.addStaffMember(director, "UNA", new StaffDetails("Amina Otieno", "Licensing officer",
                BigDecimal.ONE, january.minusYears(2), null, "RTTP", january.minusMonths(6)));
        office.addStaffMember(director, "UNA", new StaffDetails("David Kamau", "TTO director", new BigDecimal("0.5"),
                january.minusYears(3), null, null, null));
        office.addStaffMember(director, "UNA", new StaffDetails("Joy Achieng", "IP assistant", BigDecimal.ONE,
                january.plusMonths(2), null, null, null));
        office.addStaffMember(ke, "UNB", new StaffDetails("Brian Mwangi", "TTO officer", BigDecimal.ONE,
                january.minusYears(1), null, null, null));
        office.addStaffMember(vn, "UNC", new StaffDetails("Tran Thi Mai", "TTO officer", BigDecimal.ONE,
                january.minusYears(1), null, "Certificate in IP management", january.plusMonths(1)));
        office.addStaffMember(admin, "AAD", new StaffDetails("Hanna Bekele", "TTO coordinator", new BigDecimal("0.8"),
                january, null, null, null));

        office.addPartnership(director, "UNA", new PartnershipDetails("Kenya University TTO Network",
                PartnershipKind.REGIONAL_NETWORK, january.minusYears(1), null, "Shared patent attorney panel"));
        office.addPartnership(vn, "UNC", new PartnershipDetails("Twinning with a Korean university TTO",
                PartnershipKind.TWINNING, january.plusMonths(3), null, "Staff exchange and mentoring"));

        office.recordPatentInformationService(director, "UNA", new ServiceDetails(PatentServiceKind.PRIOR_ART_SEARCH,
                "Department of Civil Engineering", january.plusMonths(4), "Search for a water filter disclosure"));
        office.recordPatentInformationService(vn, "UNC", new ServiceDetails(PatentServiceKind.LANDSCAPE_REPORT,
                "Provincial agriculture office", january.plusMonths(5), "Rice drying technologies"));
        office.recordPatentInformationService(admin, "AAD", new ServiceDetails(PatentServiceKind.FREEDOM_TO_OPERATE,
                "Faculty of Agriculture", january.plusMonths(6), "Teff threshing machine"));

        office.enterOperatingBudget(director, "UNA", year, new BudgetEntry(new BigDecimal("9000000"), "KES",
                "University budget, TTO cost centre"), null);
        office.enterOperatingBudget(vn, "UNC", year, new BudgetEntry(new BigDecimal("1200000000"), "VND",
                "University finance office"), null);
        office.enterOperatingBudget(admin, "AAD", year, new BudgetEntry(new BigDecimal("2500000"), "ETB",
                "Ministry grant"), null);

        office.addProject(admin, "ET", new ProjectDetails("Solar-powered teff thresher",
                "Smallholders thresh teff by hand or with oxen; losses of 25 %", "AAD", january.plusMonths(2),
                january.plusMonths(7), null));
    }

    private void training(Actor ke, Actor vn, Actor admin, LocalDate today) {
        LocalDate january = LocalDate.of(today.getYear(), 1, 1);
        long drafting = training.create(ke, "KE", new EventDetails(TrainingKind.PATENT_DRAFTING_SEMINAR,
                "Patent drafting seminar for Kenyan universities", 9, january.plusMonths(1).plusDays(9),
                january.plusMonths(1).plusDays(11), "WIPO expert; KIPI examiner", List.of("UNA", "UNB"))).event().id();
        training.replaceParticipation(ke, drafting, List.of(new Attendance("UNA", Sex.FEMALE, 4),
                new Attendance("UNA", Sex.MALE, 3), new Attendance("UNB", Sex.FEMALE, 2),
                new Attendance("UNB", Sex.MALE, 2), new Attendance(null, Sex.FEMALE, 1)), null);
        LocalDate end = january.plusMonths(1).plusDays(11);
        int[] scores = {5, 4, 4, 3, 5, 2};
        String[] from = {"UNA", "UNA", "UNB", "UNB", "UNA", null};
        for (int i = 0; i < scores.length; i++) {
            training.recordResponse(ke, drafting, new NewResponse(ResponseKind.END_OF_EVENT, from[i],
                    i % 2 == 0 ? Sex.FEMALE : Sex.MALE, scores[i], null, end, Map.of("relevance", scores[i],
                            "trainers", Math.min(5, scores[i] + 1))));
        }
        LocalDate sixMonths = end.plusMonths(6);
        if (!sixMonths.isAfter(today)) {
            training.recordResponse(ke, drafting, new NewResponse(ResponseKind.FOLLOW_UP, "UNA", Sex.FEMALE, null,
                    true, sixMonths, Map.of()));
            training.recordResponse(ke, drafting, new NewResponse(ResponseKind.FOLLOW_UP, "UNB", Sex.MALE, null,
                    false, sixMonths, Map.of()));
        }
        long course = training.create(vn, "VN", new EventDetails(TrainingKind.DISTANCE_COURSE,
                "DL-320 Basics of Patent Drafting (cohort)", 11, january.plusMonths(2), january.plusMonths(4),
                "WIPO Academy tutors", List.of("UNC"))).event().id();
        training.replaceParticipation(vn, course, List.of(new Attendance("UNC", Sex.FEMALE, 5),
                new Attendance("UNC", Sex.MALE, 4)), null);
        training.recordResponse(vn, course, new NewResponse(ResponseKind.END_OF_EVENT, "UNC", Sex.FEMALE, 4, null,
                january.plusMonths(4), Map.of()));
        long licensing = training.create(admin, "ET", new EventDetails(TrainingKind.LICENSING_TRAINING,
                "Licensing and negotiation workshop", 9, january.plusMonths(5), january.plusMonths(5).plusDays(2),
                "WIPO expert", List.of("AAD"))).event().id();
        training.replaceParticipation(admin, licensing, List.of(new Attendance("AAD", Sex.FEMALE, 3),
                new Attendance("AAD", Sex.MALE, 6)), null);
    }

    private void entries(Actor ke, Actor vn, Actor admin, Actor director, int year) {
        for (int y = year - 1; y <= year; y++) {
            programme.enter(ke, new EnterValue("NATIONAL_IP_STRATEGIES", "ADOPTED", "KE", null, y,
                    y == year ? BigDecimal.ONE : BigDecimal.ZERO, null, "Kenya National IP Policy (draft, then cabinet "
                            + "approval)", null));
            programme.enter(director, new EnterValue("INDUSTRY_AGREEMENTS", "AGREEMENTS", "KE", "UNA", y,
                    new BigDecimal("6"), null, "Research office contract register", null));
            programme.enter(director, new EnterValue("INDUSTRY_AGREEMENTS", "LOCAL_SME_SHARE", "KE", "UNA", y,
                    new BigDecimal("4"), new BigDecimal("6"), "Research office contract register", null));
            programme.enter(ke, new EnterValue("INDUSTRY_AGREEMENTS", "AGREEMENTS", "KE", "UNB", y,
                    new BigDecimal("2"), null, "Reported by the UNB research office", null));
            programme.enter(ke, new EnterValue("INDUSTRY_AGREEMENTS", "LOCAL_SME_SHARE", "KE", "UNB", y,
                    BigDecimal.ONE, new BigDecimal("2"), "Reported by the UNB research office", null));
        }
        programme.enter(vn, new EnterValue("NATIONAL_IP_STRATEGIES", "ADOPTED", "VN", null, year, BigDecimal.ONE, null,
                "National IP Strategy to 2030 (Decision 1068/QD-TTg)", null));
        programme.enter(admin, new EnterValue("NATIONAL_IP_STRATEGIES", "ADOPTED", "ET", null, year,
                BigDecimal.ZERO, null, "No strategy adopted yet (coordinator's report)", null));
    }

    private void targets(Actor reviewer, Actor ke, int year) {
        programme.setTarget(reviewer, new SetTarget(Kind.TARGET, "TRAINING", "TRAINED", ScopeKind.PROGRAMME, "*",
                year, new BigDecimal("60"), "Programme and budget, biennium", null, null));
        programme.setTarget(ke, new SetTarget(Kind.TARGET, "DISCLOSURES", "RECEIVED", ScopeKind.COUNTRY, "KE", year,
                new BigDecimal("8"), "Kenya action plan", null, null));
        programme.setTarget(reviewer, new SetTarget(Kind.BASELINE, "DISCLOSURES", "RECEIVED", ScopeKind.COUNTRY,
                "KE", year - 1, new BigDecimal("2"), "Needs assessment", null, null));
        programme.setTarget(reviewer, new SetTarget(Kind.TARGET, "IP_POLICY_ADOPTED", "ADOPTED",
                ScopeKind.PROGRAMME, "*", year, new BigDecimal("3"), "Programme and budget, biennium", null, null));
    }

    private Actor actor(String username) {
        return Actor.of(users.findByUsername(username).orElseThrow());
    }
}
