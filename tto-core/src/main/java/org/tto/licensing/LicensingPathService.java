package org.tto.licensing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.CaseAccess;
import org.tto.disclosure.CaseEvent;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.licensing.LicensingCommands.AddProspect;
import org.tto.licensing.LicensingCommands.RecordInteraction;
import org.tto.licensing.LicensingCommands.WriteBrief;
import org.tto.notification.Mailer;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * The licensing paths of a case before and around the agreement: the technology brief, prospects and their
 * interactions, and each path's stages (prospect chosen, NDA/CDA, option, term sheet, agreement, end). Each step is
 * written to the case's history. Scope: officers and directors of the case's institution.
 */
@Service
@Transactional
public class LicensingPathService {

    private final DisclosureService cases;
    private final LicensingService licensing;
    private final LicensingPathRepository paths;
    private final TechnologyBriefRepository briefs;
    private final ProspectRepository prospects;
    private final AppUserRepository users;
    private final Mailer mailer;
    private final Clock clock;

    public LicensingPathService(DisclosureService cases, LicensingService licensing, LicensingPathRepository paths,
            TechnologyBriefRepository briefs, ProspectRepository prospects, AppUserRepository users, Mailer mailer,
            Clock clock) {
        this.cases = cases;
        this.licensing = licensing;
        this.paths = paths;
        this.briefs = briefs;
        this.prospects = prospects;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** Checks that the actor may open a licensing path on the case; answers the case. */
    @Transactional(readOnly = true)
    public InventionDisclosure requireCanStart(Actor actor, long disclosureId) {
        InventionDisclosure disclosure = licensing.staffCase(actor, disclosureId, "start licensing");
        requireReady(disclosure);
        return disclosure;
    }

    /** A licensing process started (on its own or called by the case's process): its path row and history. */
    public LicensingPath open(long disclosureId, String processInstanceId, String startedBy) {
        InventionDisclosure disclosure = cases.find(disclosureId);
        requireReady(disclosure);
        LicensingPath path = paths.save(new LicensingPath(disclosureId, disclosure.institution().id(),
                processInstanceId, startedBy, clock.instant()));
        cases.recordEvent(disclosureId, startedBy, CaseEvent.LICENSING_PATH_STARTED, "Licensing path " + path.id());
        return path;
    }

    public TechnologyBrief writeBrief(Actor actor, long pathId, WriteBrief command) {
        LicensingPath path = staffPath(actor, pathId);
        TechnologyBrief brief = upsertBrief(actor, path.disclosureId(), command, null);
        path.briefWritten();
        return brief;
    }

    /** Revises the case's brief outside a path's task; {@code expectedVersion} guards against lost updates. */
    public TechnologyBrief reviseBrief(Actor actor, long disclosureId, WriteBrief command, long expectedVersion) {
        licensing.staffCase(actor, disclosureId, "write the technology brief");
        return upsertBrief(actor, disclosureId, command, expectedVersion);
    }

    @Transactional(readOnly = true)
    public TechnologyBrief brief(Actor actor, long disclosureId) {
        licensing.staffCase(actor, disclosureId, "read the technology brief");
        return briefs.findByDisclosureId(disclosureId)
                .orElseThrow(() -> new NotFoundException("technology brief of case", disclosureId));
    }

    public Prospect addProspect(Actor actor, long disclosureId, AddProspect command) {
        InventionDisclosure disclosure = licensing.staffCase(actor, disclosureId, "add prospects");
        requireReady(disclosure);
        Prospect prospect = prospects.save(new Prospect(disclosureId, disclosure.institution().id(), command,
                actor.username(), clock.instant()));
        cases.recordEvent(disclosureId, actor.username(), CaseEvent.PROSPECT_ADDED, prospect.company() + " (prospect "
                + prospect.id() + ")" + (prospect.linkedToInventor() ? "; linked to an inventor" : ""));
        return prospect;
    }

    public Prospect recordInteraction(Actor actor, long prospectId, RecordInteraction command) {
        Prospect prospect = staffProspect(actor, prospectId);
        prospect.record(new ProspectInteraction(command.occurredOn(), command.channel(), command.summary(),
                command.nextStep(), actor.username()));
        return prospect;
    }

    public Prospect changeProspectStatus(Actor actor, long prospectId, Prospect.Status status) {
        Prospect prospect = staffProspect(actor, prospectId);
        prospect.changeStatus(status);
        prospect.interactions().size();
        CaseEvent event = switch (status) {
            case IDENTIFIED -> CaseEvent.PROSPECT_IDENTIFIED;
            case CONTACTED -> CaseEvent.PROSPECT_CONTACTED;
            case INTERESTED -> CaseEvent.PROSPECT_INTERESTED;
            case DECLINED -> CaseEvent.PROSPECT_DECLINED;
            case NEGOTIATING -> throw new IllegalStateException("A prospect is chosen through its path.");
        };
        cases.recordEvent(prospect.disclosureId(), actor.username(), event, prospect.company());
        return prospect;
    }

    @Transactional(readOnly = true)
    public Prospect prospect(Actor actor, long prospectId) {
        Prospect prospect = staffProspect(actor, prospectId);
        prospect.interactions().size();
        return prospect;
    }

    @Transactional(readOnly = true)
    public List<Prospect> prospects(Actor actor, long disclosureId) {
        licensing.staffCase(actor, disclosureId, "read prospects");
        List<Prospect> list = prospects.findByDisclosureIdOrderByIdAsc(disclosureId);
        list.forEach(p -> p.interactions().size());
        return list;
    }

    public LicensingPath chooseProspect(Actor actor, long pathId, long prospectId) {
        LicensingPath path = staffPath(actor, pathId);
        Prospect prospect = prospectOfCase(path, prospectId);
        path.chooseProspect(prospect);
        cases.recordEvent(path.disclosureId(), actor.username(), CaseEvent.LICENSING_PROSPECT_CHOSEN, "Path " + pathId
                + " negotiates with " + prospect.company());
        return path;
    }

    public LicensingPath recordConfidentiality(Actor actor, long pathId, Confidentiality signed,
            boolean optionFirst) {
        LicensingPath path = staffPath(actor, pathId);
        path.recordConfidentiality(signed, optionFirst);
        cases.recordEvent(path.disclosureId(), actor.username(), CaseEvent.CONFIDENTIALITY_SIGNED, signed.kind() + " "
                + signed.reference() + " signed " + signed.signedOn() + " with " + prospectOf(path).company()
                + (signed.expiresOn() == null ? "" : ", expires " + signed.expiresOn())
                + (optionFirst ? "; an option comes first" : "; on to the term sheet"));
        return path;
    }

    public LicensingPath grantOption(Actor actor, long pathId, OptionGrant option) {
        LicensingPath path = staffPath(actor, pathId);
        Exclusivity.requireNotReserved(path, option.fieldOfUse(), option.territory(), option.grantedOn(),
                paths.findByDisclosureIdOrderByIdAsc(path.disclosureId()));
        Exclusivity.requireOptionFree(option, licensing.agreementsOfCase(path.disclosureId()));
        path.grantOption(option);
        cases.recordEvent(path.disclosureId(), actor.username(), CaseEvent.OPTION_GRANTED, (Boolean.TRUE.equals(
                option.exclusive()) ? "Exclusive" : "Non-exclusive") + " option to " + prospectOf(path).company()
                + " (" + option.fieldOfUse() + ", " + option.territory() + ") from " + option.grantedOn() + " to "
                + option.expiresOn() + ", fee " + option.fee().toPlainString() + " " + option.currency());
        return path;
    }

    public LicensingPath agreeTermSheet(Actor actor, long pathId, TermSheet termSheet) {
        LicensingPath path = staffPath(actor, pathId);
        path.agreeTermSheet(termSheet);
        cases.recordEvent(path.disclosureId(), actor.username(), CaseEvent.TERM_SHEET_AGREED, termSheet.type() + " in "
                + termSheet.fieldOfUse() + ", " + termSheet.territory() + " with " + prospectOf(path).company()
                + ", agreed " + termSheet.agreedOn());
        return path;
    }

    /** Drafts the agreement from the term sheet: its licensee, type, field and territory must be the term sheet's. */
    public LicenseAgreement draftAgreement(Actor actor, long pathId, LicenseTerms terms) {
        LicensingPath path = staffPath(actor, pathId);
        Exclusivity.requireNotReserved(path, terms.fieldOfUse(), terms.territory(), terms.startDate(),
                paths.findByDisclosureIdOrderByIdAsc(path.disclosureId()));
        LicenseAgreement agreement = licensing.draft(actor, path.disclosureId(), terms);
        path.draftedAs(agreement, prospectOf(path));
        return agreement;
    }

    /** The director's conflict-of-interest decision; a refusal abandons the path. */
    public LicensingPath decideConflict(Actor actor, long pathId, boolean cleared, String note) {
        LicensingPath path = directorPath(actor, pathId, "clear a conflict of interest");
        if (cleared) {
            licensing.clearConflict(actor, requireAgreement(path), note);
        } else {
            abandon(path, actor.username(), "The director did not clear the conflict of interest: " + note);
        }
        return path;
    }

    /** The director's approval; a refusal abandons the path. */
    public LicensingPath decideApproval(Actor actor, long pathId, boolean approved, String note) {
        LicensingPath path = directorPath(actor, pathId, "approve an agreement");
        if (approved) {
            licensing.approve(actor, requireAgreement(path));
        } else {
            abandon(path, actor.username(), "The director refused the agreement: " + note);
        }
        return path;
    }

    /** The path ended with its licence executed (the process's end): recorded in the case's history. */
    public void recordExecuted(long pathId) {
        LicensingPath path = find(pathId);
        LicenseAgreement agreement = licensing.find(requireAgreement(path));
        path.executed(agreement.executedOn());
        cases.recordEvent(path.disclosureId(), LicensingService.SYSTEM, CaseEvent.LICENSING_PATH_ENDED, "Path " + pathId
                + ": " + LicensingService.describe(agreement) + " is " + agreement.status());
    }

    /** An officer or the director abandons the path (the prospect walked away, the deal died). */
    public LicensingPath abandon(Actor actor, long pathId, String reason) {
        LicensingPath path = staffPath(actor, pathId);
        abandon(path, actor.username(), reason);
        return path;
    }

    /** Reminds the officers that a path is still marketing, with how many prospects and contacts so far. */
    public void remindMarketing(long pathId) {
        LicensingPath path = find(pathId);
        if (path.stage() != PathStage.MARKETING) {
            return;
        }
        InventionDisclosure disclosure = cases.find(path.disclosureId());
        List<Prospect> list = prospects.findByDisclosureIdOrderByIdAsc(path.disclosureId());
        int contacts = list.stream().mapToInt(p -> p.interactions().size()).sum();
        long days = ChronoUnit.DAYS.between(path.startedAt().atZone(clock.getZone()).toLocalDate(),
                LocalDate.now(clock));
        Mailer.Outcome outcome = mailer.send(users.noticeRecipients(path.institutionId(), Set.of(Role.OFFICER)),
                "[" + disclosure.reference() + "] still looking for a licensee", "Licensing path " + pathId
                        + " of " + disclosure.reference() + " started " + days + " days ago; " + list.size()
                        + " prospects, " + contacts + " interactions so far, none chosen for negotiation.");
        cases.recordEvent(path.disclosureId(), LicensingService.SYSTEM, CaseEvent.MARKETING_REMINDER, "Path " + pathId
                + ": " + list.size() + " prospects, " + contacts + " interactions after " + days + " days; e-mail "
                + outcome.status());
    }

    @Transactional(readOnly = true)
    public LicensingPath get(Actor actor, long pathId) {
        return staffPath(actor, pathId);
    }

    @Transactional(readOnly = true)
    public List<LicensingPath> ofCase(Actor actor, long disclosureId) {
        licensing.staffCase(actor, disclosureId, "read licensing paths");
        return paths.findByDisclosureIdOrderByIdAsc(disclosureId);
    }

    private void abandon(LicensingPath path, String by, String reason) {
        path.abandon(reason, LocalDate.now(clock));
        boolean withdrawn = path.agreementId() != null && licensing.withdraw(path.agreementId());
        cases.recordEvent(path.disclosureId(), by, CaseEvent.LICENSING_PATH_ABANDONED, "Path " + path.id() + ": "
                + reason + (withdrawn ? "; agreement " + path.agreementId() + " withdrawn" : ""));
    }

    private TechnologyBrief upsertBrief(Actor actor, long disclosureId, WriteBrief command, Long expectedVersion) {
        TechnologyBrief brief = briefs.findByDisclosureId(disclosureId).orElse(null);
        if (brief == null && expectedVersion != null) {
            throw new NotFoundException("technology brief of case", disclosureId);
        }
        if (brief != null && expectedVersion != null && brief.version() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(TechnologyBrief.class, brief.id());
        }
        boolean created = brief == null;
        if (created) {
            brief = new TechnologyBrief(disclosureId);
        }
        brief.write(command, actor.username(), clock.instant());
        brief = briefs.save(brief);
        cases.recordEvent(disclosureId, actor.username(), created ? CaseEvent.BRIEF_WRITTEN : CaseEvent.BRIEF_REVISED,
                command.title() + " (TRL " + command.trl() + ")");
        return brief;
    }

    private long requireAgreement(LicensingPath path) {
        if (path.agreementId() == null) {
            throw new RuleViolationException("path.agreement", "Path " + path.id() + " has no agreement drafted.");
        }
        return path.agreementId();
    }

    private Prospect prospectOf(LicensingPath path) {
        return prospects.findById(path.prospectId())
                .orElseThrow(() -> new NotFoundException("prospect", path.prospectId()));
    }

    private Prospect prospectOfCase(LicensingPath path, long prospectId) {
        return prospects.findById(prospectId).filter(p -> p.disclosureId().equals(path.disclosureId()))
                .orElseThrow(() -> new NotFoundException("prospect of this case", prospectId));
    }

    private Prospect staffProspect(Actor actor, long prospectId) {
        Prospect prospect = prospects.findById(prospectId)
                .orElseThrow(() -> new NotFoundException("prospect", prospectId));
        NotFoundException.reachedThrough("prospect", prospectId,
                () -> licensing.staffCase(actor, prospect.disclosureId(), "work with prospects"));
        return prospect;
    }

    private LicensingPath staffPath(Actor actor, long pathId) {
        LicensingPath path = find(pathId);
        NotFoundException.reachedThrough("licensing path", pathId,
                () -> licensing.staffCase(actor, path.disclosureId(), "work on licensing paths"));
        return path;
    }

    private LicensingPath directorPath(Actor actor, long pathId, String action) {
        LicensingPath path = staffPath(actor, pathId);
        CaseAccess.requireDirector(actor, action);
        return path;
    }

    private LicensingPath find(long pathId) {
        return paths.findById(pathId).orElseThrow(() -> new NotFoundException("licensing path", pathId));
    }

    private static void requireReady(InventionDisclosure disclosure) {
        CaseAccess.requireReadyForCommercialisation(disclosure, "licensing starts");
    }
}
