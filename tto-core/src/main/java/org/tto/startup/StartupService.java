package org.tto.startup;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.CaseAccess;
import org.tto.disclosure.CaseEvent;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.InventionDisclosure;
import org.tto.disclosure.InventionDisclosureRepository;
import org.tto.identity.Actor;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseAgreementRepository;
import org.tto.notification.Mailer;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;
import org.tto.startup.StartupCommands.ChangeStatus;
import org.tto.startup.StartupCommands.FormStartup;
import org.tto.startup.StartupCommands.Incorporate;
import org.tto.startup.StartupCommands.Survival;
import org.tto.startup.StartupCommands.SurvivalLine;

/**
 * Start-ups formed on a case, step by step as the start-up formation process (bpmn/startup-formation.bpmn) asks:
 * the officers record the founders and the business plan, the director reviews the plan (approve, revise, decline)
 * and, when an inventor is a founder, the conflict of interest (cleared or refused), the officers record
 * incorporation; later its status (acquired, closed). Each step goes into the case's history, and so do the path's
 * start and its end (active or abandoned).
 */
@Service
@Transactional
public class StartupService {

    static final String SYSTEM = "system";

    private final DisclosureService cases;
    private final InventionDisclosureRepository disclosures;
    private final StartupRepository startups;
    private final LicenseAgreementRepository agreements;
    private final AppUserRepository users;
    private final Mailer mailer;
    private final Clock clock;

    public StartupService(DisclosureService cases, InventionDisclosureRepository disclosures,
            StartupRepository startups, LicenseAgreementRepository agreements, AppUserRepository users,
            Mailer mailer, Clock clock) {
        this.cases = cases;
        this.disclosures = disclosures;
        this.startups = startups;
        this.agreements = agreements;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
    }

    /**
     * Whether the actor may open a start-up path on the case (its officers and director, once it is ready for
     * commercialisation); answers the case. Nothing is recorded: the process records its own start.
     */
    @Transactional(readOnly = true)
    public InventionDisclosure requireStartable(Actor actor, long disclosureId) {
        return requireReady(staffCase(actor, disclosureId, "start a start-up path"));
    }

    /**
     * A start-up path began on the case, opened by an officer or called from the case's process; recorded in the name
     * of who started it ({@code system} when unknown).
     */
    public void recordPathStarted(long disclosureId, String startedBy) {
        InventionDisclosure disclosure = requireReady(disclosures.findById(disclosureId)
                .orElseThrow(() -> new NotFoundException("disclosure", disclosureId)));
        cases.recordEvent(disclosure.id(), startedBy == null || startedBy.isBlank() ? SYSTEM : startedBy,
                CaseEvent.STARTUP_PATH_STARTED, null);
    }

    public StartupCompany form(Actor actor, long disclosureId, FormStartup command) {
        InventionDisclosure disclosure = requireReady(staffCase(actor, disclosureId, "form start-ups"));
        StartupCompany startup = startups.save(new StartupCompany(disclosureId, disclosure.institution().id(),
                command.name(), command.businessPlanSummary(), command.founders() == null ? List.of()
                        : command.founders().stream().map(f -> new Founder(f.name(), f.inventor(), f.username()))
                                .toList(), actor.username(), clock.instant()));
        cases.recordEvent(disclosureId, actor.username(), CaseEvent.STARTUP_FORMING, startup.name() + " (start-up "
                + startup.id() + ")" + (startup.needsConflictReview() ? "; an inventor founds it: conflict of "
                        + "interest review needed" : ""));
        return startup;
    }

    @Transactional(readOnly = true)
    public StartupCompany get(Actor actor, long id) {
        StartupCompany startup = find(id);
        NotFoundException.reachedThrough("start-up", id,
                () -> staffCase(actor, startup.disclosureId(), "read start-ups"));
        return startup;
    }

    @Transactional(readOnly = true)
    public List<StartupCompany> ofCase(Actor actor, long disclosureId) {
        staffCase(actor, disclosureId, "read start-ups");
        return startups.findByDisclosureIdOrderByIdAsc(disclosureId);
    }

    @Transactional(readOnly = true)
    public List<StartupCompany> ofInstitution(Actor actor) {
        CaseAccess.requireStaff(actor, "follow start-ups");
        return startups.findByInstitutionIdOrderByIdAsc(actor.institutionId());
    }

    /** The director's verdict on the business plan; a declined plan abandons the start-up. */
    public StartupCompany reviewPlan(Actor actor, long id, PlanVerdict verdict, String note) {
        StartupCompany startup = directorOnly(actor, id, "review a start-up's business plan");
        startup.reviewPlan(verdict, note, actor.username(), clock.instant());
        CaseEvent event = switch (verdict) {
            case APPROVE -> CaseEvent.STARTUP_PLAN_APPROVED;
            case REVISE -> CaseEvent.STARTUP_PLAN_REVISION_REQUESTED;
            case DECLINE -> CaseEvent.STARTUP_PLAN_DECLINED;
        };
        cases.recordEvent(startup.disclosureId(), actor.username(), event, startup.name()
                + (note == null || note.isBlank() ? "" : ": " + note));
        return startup;
    }

    /** The officers revise the business plan the director sent back. */
    public StartupCompany revisePlan(Actor actor, long id, String businessPlanSummary, String note) {
        StartupCompany startup = find(id);
        NotFoundException.reachedThrough("start-up", id,
                () -> staffCase(actor, startup.disclosureId(), "revise a business plan"));
        startup.revisePlan(businessPlanSummary);
        cases.recordEvent(startup.disclosureId(), actor.username(), CaseEvent.STARTUP_PLAN_REVISED, startup.name()
                + (note == null || note.isBlank() ? "" : ": " + note));
        return startup;
    }

    /** The director clears or refuses the conflict of interest of an inventor-founded start-up. */
    public StartupCompany reviewConflict(Actor actor, long id, ConflictVerdict verdict, String note) {
        StartupCompany startup = directorOnly(actor, id, "review a conflict of interest");
        startup.reviewConflict(verdict, note, actor.username(), clock.instant());
        cases.recordEvent(startup.disclosureId(), actor.username(), verdict == ConflictVerdict.CLEARED
                ? CaseEvent.STARTUP_COI_CLEARED : CaseEvent.STARTUP_COI_REFUSED, startup.name() + ": " + note);
        return startup;
    }

    public StartupCompany incorporate(Actor actor, long id, Incorporate command) {
        StartupCompany startup = find(id);
        NotFoundException.reachedThrough("start-up", id,
                () -> staffCase(actor, startup.disclosureId(), "record incorporation"));
        if (command.agreementId() != null) {
            LicenseAgreement agreement = agreements.findById(command.agreementId())
                    .filter(a -> a.disclosureId().equals(startup.disclosureId()))
                    .orElseThrow(() -> new NotFoundException("agreement", command.agreementId()));
            if (!agreement.licensee().equalsIgnoreCase(startup.name())) {
                throw new RuleViolationException("startup.agreement", "Agreement " + agreement.id() + " licenses "
                        + agreement.licensee() + ", not " + startup.name() + ".");
            }
        }
        startup.incorporate(command.incorporatedOn(), command.registryId(), command.equityShares(),
                command.equityPercent(), command.agreementId(), actor.username());
        cases.recordEvent(startup.disclosureId(), actor.username(), CaseEvent.STARTUP_INCORPORATED, startup.name()
                + " incorporated " + command.incorporatedOn() + " (" + command.registryId() + "); institution's "
                + "equity " + command.equityShares() + " shares, " + command.equityPercent().toPlainString() + " %"
                + (command.agreementId() == null ? "" : "; agreement " + command.agreementId()));
        return startup;
    }

    /** The start-up path ended with the start-up incorporated: recorded in the case's history. */
    public void recordPathEnded(long id) {
        StartupCompany startup = find(id);
        cases.recordEvent(startup.disclosureId(), SYSTEM, CaseEvent.STARTUP_PATH_ENDED, startup.name() + " (start-up "
                + startup.id() + ") is " + startup.status());
    }

    /** The start-up path ended abandoned (plan declined, conflict refused): the reason goes into the case history. */
    public void recordPathAbandoned(long id) {
        StartupCompany startup = find(id);
        if (startup.status() != StartupStatus.ABANDONED) {
            throw new RuleViolationException("startup.abandoned", startup.name() + " is " + startup.status()
                    + ", not abandoned.");
        }
        cases.recordEvent(startup.disclosureId(), SYSTEM, CaseEvent.STARTUP_PATH_ABANDONED, startup.name()
                + " (start-up " + startup.id() + "): " + startup.abandonReason());
    }

    /**
     * Incorporation is still awaited: remind the institution's officers by e-mail, recorded in the case's history
     * with what became of the e-mail. Nothing happens once the start-up is no longer forming.
     */
    public void remindIncorporation(long id) {
        StartupCompany startup = find(id);
        if (startup.status() != StartupStatus.FORMING) {
            return;
        }
        List<String> to = users.noticeRecipients(startup.institutionId(), Set.of(Role.OFFICER));
        long days = ChronoUnit.DAYS.between(startup.createdAt(), clock.instant());
        Mailer.Outcome outcome = mailer.send(to, "[" + startup.name() + "] Incorporation not recorded yet",
                "The start-up " + startup.name() + " (start-up " + startup.id() + ") was recorded " + days
                        + " days ago and is ready to be incorporated; please record its incorporation, the "
                        + "institution's equity and the licence or option granted to it.");
        cases.recordEvent(startup.disclosureId(), SYSTEM, CaseEvent.STARTUP_INCORPORATION_REMINDER, startup.name()
                + "; e-mail to " + to + ": " + outcome.status() + " (" + outcome.detail() + ")");
    }

    public StartupCompany changeStatus(Actor actor, long id, ChangeStatus command) {
        StartupCompany startup = find(id);
        NotFoundException.reachedThrough("start-up", id,
                () -> staffCase(actor, startup.disclosureId(), "record a start-up's status"));
        startup.changeStatus(command.status(), command.effectiveOn(), command.note(), actor.username());
        CaseEvent event = command.status() == StartupStatus.ACQUIRED ? CaseEvent.STARTUP_ACQUIRED
                : CaseEvent.STARTUP_CLOSED;
        cases.recordEvent(startup.disclosureId(), actor.username(), event, startup.name()
                + " on " + command.effectiveOn() + (command.note() == null ? "" : ": " + command.note()));
        return startup;
    }

    /** How survival is counted; {@link StartupCompany#aliveAfter} applies it to one start-up. */
    static final String SURVIVAL_RULE = "A start-up counts as formed once incorporated. It survived N years when it "
            + "did not close before the day N years after its incorporation (acquired counts as surviving). Its "
            + "N-year survival is known once that day has come, or as soon as it closed before it.";

    /** Survival at 3 and 5 years of the institution's incorporated start-ups, with how each one counted. */
    @Transactional(readOnly = true)
    public Survival survival(Actor actor) {
        CaseAccess.requireStaff(actor, "follow start-ups");
        LocalDate today = LocalDate.now(clock);
        List<SurvivalLine> basis = startups.findByInstitutionIdOrderByIdAsc(actor.institutionId()).stream()
                .filter(s -> s.incorporatedOn() != null)
                .map(s -> new SurvivalLine(s.id(), s.name(), s.incorporatedOn(), s.status(), s.closedOn(),
                        s.incorporatedOn().plusYears(3), s.aliveAfter(3, today), s.incorporatedOn().plusYears(5),
                        s.aliveAfter(5, today)))
                .toList();
        return new Survival(basis.size(), count(basis, l -> l.aliveAt3Years() != null),
                count(basis, l -> Boolean.TRUE.equals(l.aliveAt3Years())),
                count(basis, l -> l.aliveAt5Years() != null),
                count(basis, l -> Boolean.TRUE.equals(l.aliveAt5Years())), SURVIVAL_RULE, today, basis);
    }

    private static int count(List<SurvivalLine> basis, Predicate<SurvivalLine> which) {
        return (int) basis.stream().filter(which).count();
    }

    private StartupCompany find(long id) {
        return startups.findById(id).orElseThrow(() -> new NotFoundException("start-up", id));
    }

    private StartupCompany directorOnly(Actor actor, long id, String action) {
        StartupCompany startup = find(id);
        NotFoundException.reachedThrough("start-up", id, () -> cases.get(actor, startup.disclosureId()));
        CaseAccess.requireDirector(actor, action);
        return startup;
    }

    private static InventionDisclosure requireReady(InventionDisclosure disclosure) {
        return CaseAccess.requireReadyForCommercialisation(disclosure, "a start-up is formed");
    }

    private InventionDisclosure staffCase(Actor actor, long disclosureId, String action) {
        InventionDisclosure disclosure = cases.get(actor, disclosureId);
        CaseAccess.requireStaff(actor, action);
        return disclosure;
    }
}
