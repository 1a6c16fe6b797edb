package org.tto.office;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.office.OfficeCommands.BudgetEntry;
import org.tto.office.OfficeCommands.PartnershipDetails;
import org.tto.office.OfficeCommands.ProjectDetails;
import org.tto.office.OfficeCommands.ServiceDetails;
import org.tto.office.OfficeCommands.StaffDetails;
import org.tto.programme.PeriodLock;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;

/**
 * The TTO's own records that feed the programme indicators — its staff register, partnerships, patent-information
 * services and operating budgets — and each country's appropriate-technology projects, scoped by the acting user
 * ({@link OfficeAccess}). Every write first asks the {@link PeriodLock} whether the reporting period of the record's
 * dates (before and after an edit) is still open.
 */
@Service
@Transactional
public class OfficeRecordsService {

    /** The earliest fiscal year an operating budget is entered for; the latest is next calendar year's. */
    public static final int FIRST_FISCAL_YEAR = 1980;

    private final InstitutionRepository institutions;
    private final CountryRepository countries;
    private final StaffMemberRepository staff;
    private final PartnershipRepository partnerships;
    private final PatentInformationServiceRepository services;
    private final OperatingBudgetRepository budgets;
    private final AppropriateTechnologyProjectRepository projects;
    private final PeriodLock periods;
    private final Clock clock;

    public OfficeRecordsService(InstitutionRepository institutions, CountryRepository countries,
            StaffMemberRepository staff, PartnershipRepository partnerships,
            PatentInformationServiceRepository services, OperatingBudgetRepository budgets,
            AppropriateTechnologyProjectRepository projects, PeriodLock periods, Clock clock) {
        this.institutions = institutions;
        this.countries = countries;
        this.staff = staff;
        this.partnerships = partnerships;
        this.services = services;
        this.budgets = budgets;
        this.projects = projects;
        this.periods = periods;
        this.clock = clock;
    }

    /** A project with the code of the institution that leads it (null: none). */
    public record ProjectView(AppropriateTechnologyProject project, String institution) {}

    // --- the staff register ---------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<StaffMember> staff(Actor actor, String institutionCode) {
        Institution institution = readable(actor, institutionCode);
        return staff.findByInstitutionIdOrderByJoinedOnAscIdAsc(institution.id());
    }

    public StaffMember addStaffMember(Actor actor, String institutionCode, StaffDetails details) {
        Institution institution = kept(actor, institutionCode);
        lock(institution, details.joinedOn(), details.leftOn());
        return staff.save(new StaffMember(institution.id(), details));
    }

    /** Changes an entry of the register, made on the version the caller read ({@code readVersion}). */
    public StaffMember changeStaffMember(Actor actor, String institutionCode, long id, StaffDetails details,
            Long readVersion) {
        Institution institution = kept(actor, institutionCode);
        StaffMember member = staff.findById(id).filter(m -> m.institutionId().equals(institution.id()))
                .orElseThrow(() -> new NotFoundException("staff member", id));
        ConcurrentChangeException.requireCurrent("staff member", member.version(), readVersion);
        lock(institution, member.joinedOn(), member.leftOn().orElse(null));
        lock(institution, details.joinedOn(), details.leftOn());
        member.change(details);
        staff.flush();
        return member;
    }

    // --- partnerships ---------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<Partnership> partnerships(Actor actor, String institutionCode) {
        Institution institution = readable(actor, institutionCode);
        return partnerships.findByInstitutionIdOrderByStartedOnAscIdAsc(institution.id());
    }

    public Partnership addPartnership(Actor actor, String institutionCode, PartnershipDetails details) {
        Institution institution = kept(actor, institutionCode);
        lock(institution, details.startedOn());
        return partnerships.save(new Partnership(institution.id(), details));
    }

    public Partnership changePartnership(Actor actor, String institutionCode, long id, PartnershipDetails details,
            Long readVersion) {
        Institution institution = kept(actor, institutionCode);
        Partnership partnership = partnerships.findById(id)
                .filter(p -> p.institutionId().equals(institution.id()))
                .orElseThrow(() -> new NotFoundException("partnership", id));
        ConcurrentChangeException.requireCurrent("partnership", partnership.version(), readVersion);
        lock(institution, partnership.startedOn(), details.startedOn());
        partnership.change(details);
        partnerships.flush();
        return partnership;
    }

    // --- patent-information services ------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<PatentInformationService> patentInformationServices(Actor actor, String institutionCode) {
        Institution institution = readable(actor, institutionCode);
        return services.findByInstitutionIdOrderByDeliveredOnAscIdAsc(institution.id());
    }

    public PatentInformationService recordPatentInformationService(Actor actor, String institutionCode,
            ServiceDetails details) {
        Institution institution = serviceRecorded(actor, institutionCode);
        lock(institution, details.deliveredOn());
        return services.save(new PatentInformationService(institution.id(), details, actor.username()));
    }

    /** Corrects a recorded service; the table keeps no version, so the last correction stands. */
    public PatentInformationService changePatentInformationService(Actor actor, String institutionCode, long id,
            ServiceDetails details) {
        Institution institution = serviceRecorded(actor, institutionCode);
        PatentInformationService service = services.findById(id)
                .filter(s -> s.institutionId().equals(institution.id()))
                .orElseThrow(() -> new NotFoundException("patent-information service", id));
        lock(institution, service.deliveredOn(), details.deliveredOn());
        service.change(details);
        services.flush();
        return service;
    }

    // --- operating budgets ----------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<OperatingBudget> operatingBudgets(Actor actor, String institutionCode) {
        Institution institution = readable(actor, institutionCode);
        return budgets.findByInstitutionIdOrderByFiscalYearAsc(institution.id());
    }

    /**
     * Enters (or corrects) the operating budget of one of the institution's fiscal years; a correction made on an
     * older version than the one there ({@code readVersion}; null: whatever is there) is refused.
     */
    public OperatingBudget enterOperatingBudget(Actor actor, String institutionCode, int fiscalYear,
            BudgetEntry entry, Long readVersion) {
        Institution institution = kept(actor, institutionCode);
        int last = LocalDate.now(clock).getYear() + 1;
        if (fiscalYear < FIRST_FISCAL_YEAR || fiscalYear > last) {
            throw new InvalidInputException("fiscalYear", "A fiscal year from " + FIRST_FISCAL_YEAR + " to " + last
                    + ", named by the calendar year it ends in; was " + fiscalYear + ".");
        }
        periods.requireOpen(institution.countryCode(), fiscalYear);
        BigDecimal amount = entry.amount();
        if (amount == null || amount.signum() < 0 || amount.scale() > 4) {
            throw new InvalidInputException("amount", "The operating budget is an amount, not negative, with at "
                    + "most 4 decimals.");
        }
        String source = OfficeText.required("source", entry.source());
        Currency currency;
        try {
            currency = Currency.getInstance(String.valueOf(entry.currency()));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("currency", entry.currency() + " is not an ISO-4217 currency code.");
        }
        OperatingBudget budget = budgets.findByInstitutionIdAndFiscalYear(institution.id(), fiscalYear)
                .orElseGet(() -> new OperatingBudget(institution.id(), fiscalYear));
        if (budget.id() != null) {
            ConcurrentChangeException.requireCurrent("operating budget", budget.version(), readVersion);
        }
        budget.enter(currency, amount, source, actor.username(), clock.instant());
        return budgets.saveAndFlush(budget);
    }

    // --- appropriate-technology projects --------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public List<ProjectView> projects(Actor actor, String countryCode) {
        String country = country(countryCode);
        OfficeAccess.requireReadCountry(actor, country);
        if (!countries.existsById(country)) {
            throw new NotFoundException("country", countryCode);
        }
        return projects.findByCountryCodeOrderByIdAsc(country).stream().map(this::view).toList();
    }

    public ProjectView addProject(Actor actor, String countryCode, ProjectDetails details) {
        String country = keptCountry(actor, countryCode);
        lock(country, details.landscapeReportOn(), details.businessPlanOn(), details.implementedOn());
        AppropriateTechnologyProject project = new AppropriateTechnologyProject(country);
        change(project, details);
        return view(projects.save(project));
    }

    /** Changes a project, made on the version the caller read; the periods of the dates that change must be open. */
    public ProjectView changeProject(Actor actor, String countryCode, long id, ProjectDetails details,
            Long readVersion) {
        String country = keptCountry(actor, countryCode);
        AppropriateTechnologyProject project = projects.findById(id)
                .filter(p -> p.countryCode().equals(country))
                .orElseThrow(() -> new NotFoundException("appropriate-technology project", id));
        ConcurrentChangeException.requireCurrent("appropriate-technology project", project.version(), readVersion);
        lockIfChanged(country, project.landscapeReportOn().orElse(null), details.landscapeReportOn());
        lockIfChanged(country, project.businessPlanOn().orElse(null), details.businessPlanOn());
        lockIfChanged(country, project.implementedOn().orElse(null), details.implementedOn());
        change(project, details);
        projects.flush();
        return view(project);
    }

    private void change(AppropriateTechnologyProject project, ProjectDetails details) {
        Long institutionId = null;
        if (details.institution() != null) {
            String code = details.institution().strip().toUpperCase(Locale.ROOT);
            institutionId = institutions.findByCode(code)
                    .filter(i -> i.countryCode().equals(project.countryCode()))
                    .orElseThrow(() -> new InvalidInputException("institution", "There is no institution " + code
                            + " in " + project.countryCode() + "."))
                    .id();
        }
        project.change(details.title(), details.need(), institutionId, details.landscapeReportOn(),
                details.businessPlanOn(), details.implementedOn());
    }

    private ProjectView view(AppropriateTechnologyProject project) {
        return new ProjectView(project, project.institutionId().flatMap(institutions::findById)
                .map(Institution::code).orElse(null));
    }

    // --- scope and locks ------------------------------------------------------------------------------------------

    private Institution institution(String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return institutions.findByCode(normalised).orElseThrow(() -> new NotFoundException("institution", code));
    }

    private Institution readable(Actor actor, String code) {
        Institution institution = institution(code);
        OfficeAccess.requireRead(actor, institution);
        return institution;
    }

    private Institution kept(Actor actor, String code) {
        Institution institution = institution(code);
        OfficeAccess.requireKeep(actor, institution);
        return institution;
    }

    private Institution serviceRecorded(Actor actor, String code) {
        Institution institution = institution(code);
        OfficeAccess.requireRecordService(actor, institution);
        return institution;
    }

    private static String country(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    private String keptCountry(Actor actor, String code) {
        String country = country(code);
        OfficeAccess.requireKeepCountry(actor, country);
        if (!countries.existsById(country)) {
            throw new NotFoundException("country", code);
        }
        return country;
    }

    /** The period of each date given (those that are set) must be open. */
    private void lock(Institution institution, LocalDate... dates) {
        lock(institution.countryCode(), dates);
    }

    private void lock(String countryCode, LocalDate... dates) {
        for (LocalDate date : dates) {
            if (date != null) {
                periods.requireOpen(countryCode, date);
            }
        }
    }

    private void lockIfChanged(String countryCode, LocalDate before, LocalDate after) {
        if (!Objects.equals(before, after)) {
            lock(countryCode, before, after);
        }
    }
}
