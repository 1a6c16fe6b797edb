package org.tto.disclosure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.Commands.AnswerQuestions;
import org.tto.disclosure.Commands.CloseDeadline;
import org.tto.disclosure.Commands.DecideProtection;
import org.tto.disclosure.Commands.NewFiling;
import org.tto.disclosure.Commands.NewPublicDisclosure;
import org.tto.disclosure.Commands.RecordFilings;
import org.tto.disclosure.Commands.SubmitDisclosure;
import org.tto.disclosure.Commands.Triage;
import org.tto.docketing.DeadlineCalculator;
import org.tto.docketing.FilingKind;
import org.tto.docketing.NoveltyRisk;
import org.tto.docketing.PctTimeLimits;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * The use cases of an invention disclosure, from submission to filings and docketed deadlines. Every method that
 * takes an {@link Actor} enforces the case's scope itself; the methods without one are the workflow's own steps.
 */
@Service
@Transactional
public class DisclosureService {

    static final String SYSTEM = "system";

    private final InventionDisclosureRepository disclosures;
    private final AssessmentRepository assessments;
    private final ProtectionDecisionRepository decisions;
    private final FilingRepository filings;
    private final DeadlineRepository deadlines;
    private final CaseHistoryRepository history;
    private final InstitutionRepository institutions;
    private final ReferenceAllocator references;
    private final DeadlineCalculator calculator;
    private final PctTimeLimits pctTable;
    private final Clock clock;

    public DisclosureService(InventionDisclosureRepository disclosures, AssessmentRepository assessments,
            ProtectionDecisionRepository decisions, FilingRepository filings, DeadlineRepository deadlines,
            CaseHistoryRepository history, InstitutionRepository institutions, ReferenceAllocator references,
            DeadlineCalculator calculator, PctTimeLimits pctTable, Clock clock) {
        this.disclosures = disclosures;
        this.assessments = assessments;
        this.decisions = decisions;
        this.filings = filings;
        this.deadlines = deadlines;
        this.history = history;
        this.institutions = institutions;
        this.references = references;
        this.calculator = calculator;
        this.pctTable = pctTable;
        this.clock = clock;
    }

    public InventionDisclosure submit(Actor actor, SubmitDisclosure command) {
        if (!actor.is(Role.INVENTOR, Role.OFFICER, Role.DIRECTOR)) {
            throw new ForbiddenException("Disclosures are submitted by inventors or by the TTO for them.");
        }
        Institution institution = institutions.findById(actor.institutionId())
                .orElseThrow(() -> new NotFoundException("institution", actor.institutionId()));
        InventionDisclosure.requireSharesOfExactly100(inventors(command));
        int year = LocalDate.now(clock).getYear();
        DisclosureReference reference = new DisclosureReference(institution.code(), year,
                references.next(institution.id(), year));
        InventionDisclosure disclosure = new InventionDisclosure(institution, reference, command.title(),
                command.summary(), command.confidentialDescription(), command.keywords(), command.trl(),
                inventors(command), Optional.ofNullable(command.funding()).orElse(List.of()).stream()
                        .map(f -> new FundingSource(f.sponsor(), f.grantId(), f.obligations())).toList(),
                publicDisclosures(command.publicDisclosures()), actor.username(), now());
        disclosures.save(disclosure);
        disclosure.flagNoveltyRisk(!noveltyRisks(disclosure, List.of()).isEmpty());
        record(disclosure, actor.username(), CaseEvent.SUBMITTED, "Submitted as " + disclosure.reference() + ": "
                + disclosure.title());
        return disclosure;
    }

    @Transactional(readOnly = true)
    public InventionDisclosure get(Actor actor, long id) {
        return CaseAccess.visible(actor, find(id));
    }

    @Transactional(readOnly = true)
    public CaseFile file(Actor actor, long id) {
        InventionDisclosure disclosure = get(actor, id);
        disclosure.loadDetails();
        List<Filing> caseFilings = filings.findByDisclosureIdOrderByFilingDate(id);
        return new CaseFile(disclosure, assessments.findByDisclosureIdOrderByVersion(id),
                decisions.findFirstByDisclosureIdOrderByDecidedAtDesc(id), caseFilings,
                deadlines.findByDisclosureIdOrderByDueDate(id), history.findByDisclosureIdOrderByOccurredAtAscIdAsc(id),
                noveltyRisks(disclosure, caseFilings));
    }

    @Transactional(readOnly = true)
    public Page<InventionDisclosure> search(Actor actor, DisclosureSearch search) {
        if (!actor.is(Role.INVENTOR, Role.OFFICER, Role.DIRECTOR)) {
            return Page.empty(PageRequest.of(search.page(), search.size()));
        }
        String inventor = actor.is(Role.INVENTOR) ? actor.username() : null;
        String text = search.text() == null || search.text().isBlank() ? null
                : "%" + search.text().toLowerCase().trim() + "%";
        boolean byReference = search.references() != null;
        return disclosures.search(actor.institutionId(), inventor, search.status(), byReference,
                byReference && !search.references().isEmpty() ? search.references() : List.of("-"), text,
                PageRequest.of(search.page(), search.size(), Sort.by(Sort.Direction.DESC, "submittedAt", "id")));
    }

    /** How far ahead the officers' deadline list looks (every overdue deadline is on it too). */
    public static final int DEADLINE_HORIZON_DAYS = 90;

    /**
     * The open deadlines of the staff member's institution due within {@code days} from today, overdue ones first
     * (nobody else has a deadline list: inventors follow their cases, the programme sees indicators).
     */
    @Transactional(readOnly = true)
    public List<DueDeadline> deadlinesDue(Actor actor, int days) {
        CaseAccess.requireStaff(actor, "follow its deadlines");
        return deadlines.openOfInstitutionDueBy(actor.institutionId(), LocalDate.now(clock).plusDays(days));
    }

    public void triage(Actor actor, long id, Triage command) {
        InventionDisclosure disclosure = get(actor, id);
        CaseAccess.requireStaff(actor, "triage a disclosure");
        switch (command.outcome()) {
            case ACCEPT -> disclosure.advance(DisclosureStatus.IN_ASSESSMENT, DisclosureStatus.AWAITING_TRIAGE);
            case MORE_INFO -> {
                requireText(command.note(), "triage.questions", "Asking the inventors needs the questions.");
                disclosure.advance(DisclosureStatus.AWAITING_INVENTORS, DisclosureStatus.AWAITING_TRIAGE);
            }
            case REJECT -> {
                requireText(command.note(), "triage.reason", "Rejecting a disclosure needs a reason.");
                disclosure.advance(DisclosureStatus.AWAITING_TRIAGE, DisclosureStatus.AWAITING_TRIAGE);
            }
        }
        record(disclosure, actor.username(), CaseEvent.triaged(command.outcome()), command.note());
    }

    /** The inventors answer; new public disclosures may come with the answer. True when novelty is now at risk. */
    public boolean answerQuestions(Actor actor, long id, AnswerQuestions command) {
        InventionDisclosure disclosure = get(actor, id);
        CaseAccess.requireInventor(actor, disclosure, "answer the officer's questions");
        requireText(command.answers(), "answers.present", "The answer is empty.");
        disclosure.advance(DisclosureStatus.AWAITING_TRIAGE, DisclosureStatus.AWAITING_INVENTORS);
        boolean wasAtRisk = disclosure.noveltyAtRisk();
        disclosure.addPublicDisclosures(publicDisclosures(command.publicDisclosures()));
        disclosure.flagNoveltyRisk(!noveltyRisks(disclosure, filings.findByDisclosureIdOrderByFilingDate(id))
                .isEmpty());
        record(disclosure, actor.username(), CaseEvent.ANSWERED, command.answers());
        return disclosure.noveltyAtRisk() && !wasAtRisk;
    }

    public Assessment assess(Actor actor, long id, Assessment.Scorecard scorecard) {
        InventionDisclosure disclosure = get(actor, id);
        CaseAccess.requireStaff(actor, "assess a disclosure");
        disclosure.advance(DisclosureStatus.AWAITING_DECISION, DisclosureStatus.IN_ASSESSMENT);
        int version = assessments.findByDisclosureIdOrderByVersion(id).size() + 1;
        Assessment assessment = assessments.save(new Assessment(id, version, scorecard, actor.username(), now()));
        record(disclosure, actor.username(), CaseEvent.ASSESSED, "Scorecard version " + version + ", recommendation "
                + scorecard.recommendation());
        return assessment;
    }

    public ProtectionDecision decide(Actor actor, long id, DecideProtection command) {
        InventionDisclosure disclosure = get(actor, id);
        CaseAccess.requireDirector(actor, "decide on protection");
        requireNotTheAssessor(actor, disclosure);
        requireText(command.reason(), "decision.reason", "A protection decision needs a reason.");
        DisclosureStatus next = command.outcome().leadsToFiling() ? DisclosureStatus.RECORDING_FILINGS
                : DisclosureStatus.AWAITING_DECISION;
        disclosure.advance(next, DisclosureStatus.AWAITING_DECISION);
        ProtectionDecision decision = decisions.save(new ProtectionDecision(id, command.outcome(), command.reason(),
                actor.username(), now()));
        record(disclosure, actor.username(), CaseEvent.decided(command.outcome()), command.reason());
        return decision;
    }

    /**
     * Segregation of duties: the officer who assessed the case (its latest assessment) does not also decide on its
     * protection, unless the institution allows it.
     */
    private void requireNotTheAssessor(Actor actor, InventionDisclosure disclosure) {
        List<Assessment> assessed = assessments.findByDisclosureIdOrderByVersion(disclosure.id());
        if (!assessed.isEmpty() && actor.username().equals(assessed.get(assessed.size() - 1).assessedBy())
                && !disclosure.institution().assessorMayDecide()) {
            throw new ForbiddenException("You assessed this case: another director decides on its protection "
                    + "(segregation of duties; an admin may allow it for the institution).");
        }
    }

    /** Records filings (in the workflow's filing step, or later ones on a case already being commercialised). */
    public List<Filing> recordFilings(Actor actor, long id, RecordFilings command) {
        InventionDisclosure disclosure = get(actor, id);
        CaseAccess.requireStaff(actor, "record filings");
        if (disclosure.status() != DisclosureStatus.RECORDING_FILINGS
                && disclosure.status() != DisclosureStatus.READY_FOR_COMMERCIALISATION) {
            throw new RuleViolationException("filings.after-decision",
                    "Filings are recorded once the director has decided to file; the case is " + disclosure.status()
                            + ".");
        }
        if (command.filings() == null || command.filings().isEmpty()) {
            throw new RuleViolationException("filings.present", "Record at least one filing.");
        }
        Map<String, Filing> byNumber = new HashMap<>(filings.findByDisclosureIdOrderByFilingDate(id)
                .stream().collect(Collectors.toMap(Filing::applicationNumber, Function.identity())));
        List<Filing> recorded = new ArrayList<>();
        for (NewFiling next : command.filings().stream().sorted(Comparator.comparing(NewFiling::filingDate))
                .toList()) {
            Filing filing = filings.save(newFiling(id, next, byNumber, actor.username()));
            byNumber.put(filing.applicationNumber(), filing);
            recorded.add(filing);
            record(disclosure, actor.username(), CaseEvent.FILING_RECORDED, filing.kind() + " " + filing.office() + " "
                    + filing.applicationNumber() + " filed " + filing.filingDate() + ", priority date "
                    + filing.priorityDate());
        }
        disclosure.flagNoveltyRisk(!noveltyRisks(disclosure, List.copyOf(byNumber.values())).isEmpty());
        return recorded;
    }

    private Filing newFiling(long disclosureId, NewFiling next, Map<String, Filing> earlier, String by) {
        String office = next.office() == null ? null : next.office().toUpperCase();
        if (!Offices.isSt3(office)) {
            throw new InvalidInputException("filings.office", "Office " + next.office()
                    + " is not a WIPO ST.3 code.");
        }
        if (filings.existsByOfficeAndApplicationNumber(office, next.applicationNumber())) {
            throw new RuleViolationException("filing.unique", "Application " + office + " "
                    + next.applicationNumber() + " is already recorded.");
        }
        if ((next.kind() == FilingKind.PCT) != Offices.PCT.equals(office)) {
            throw new RuleViolationException("filing.pct-office",
                    "A PCT application is filed with office WO, and only a PCT application is.");
        }
        Set<Long> claims = new HashSet<>();
        LocalDate priorityDate = next.filingDate();
        for (String number : Optional.ofNullable(next.priorityClaims()).orElse(Set.of())) {
            Filing claimed = earlier.get(number);
            if (claimed == null || !claimed.filingDate().isBefore(next.filingDate())) {
                throw new RuleViolationException("filing.priority-claim", "Priority claim " + number
                        + " is not an earlier filing of this case.");
            }
            claims.add(claimed.id());
            if (claimed.priorityDate().isBefore(priorityDate)) {
                priorityDate = claimed.priorityDate();
            }
        }
        Set<String> targets = new HashSet<>();
        for (String target : Optional.ofNullable(next.targetOffices()).orElse(Set.of())) {
            if (!Offices.isSt3(target)) {
                throw new InvalidInputException("filings.targetOffices", "Target office " + target
                        + " is not a WIPO ST.3 code.");
            }
            if (next.kind() == FilingKind.PCT && !pctTable.isInTable(target)) {
                throw new InvalidInputException("filings.targetOffices", "Target office " + target
                        + " is not a PCT contracting state or regional office.");
            }
            targets.add(target);
        }
        return new Filing(disclosureId, office, next.kind(), next.applicationNumber(), next.filingDate(),
                priorityDate, claims, targets, by, now());
    }

    /** Dockets the deadlines of every filing of the case that has none yet; returns the new deadlines. */
    public List<Deadline> docket(long id) {
        InventionDisclosure disclosure = find(id);
        List<Deadline> docketed = new ArrayList<>();
        for (Filing filing : filings.findByDisclosureIdOrderByFilingDate(id)) {
            if (deadlines.existsByFilingId(filing.id())) {
                continue;
            }
            calculator.forFiling(filing.office(), filing.kind(), filing.filingDate(), filing.priorityDate(),
                    filing.targetOffices())
                    .forEach(computed -> docketed.add(deadlines.save(new Deadline(id, filing.id(), computed))));
        }
        docketed.forEach(d -> record(disclosure, SYSTEM, CaseEvent.DEADLINE_DOCKETED, d.title() + " due " + d.dueDate()
                + " (rule " + d.trace().ruleId() + (d.unconfirmedReason() == null ? ""
                        : "; unconfirmed: " + d.unconfirmedReason()) + ")"));
        return docketed;
    }

    public void markReadyForCommercialisation(long id) {
        InventionDisclosure disclosure = find(id);
        disclosure.advance(DisclosureStatus.READY_FOR_COMMERCIALISATION, DisclosureStatus.RECORDING_FILINGS);
        record(disclosure, SYSTEM, CaseEvent.READY_FOR_COMMERCIALISATION, null);
    }

    /** The officers choose how a case ready for commercialisation is taken to market: licensing, a start-up, or both. */
    public void chooseCommercialisationRoutes(Actor actor, long id, boolean licensing, boolean startup) {
        InventionDisclosure disclosure = get(actor, id);
        CaseAccess.requireStaff(actor, "choose the commercialisation routes");
        CaseAccess.requireReadyForCommercialisation(disclosure, "routes are chosen");
        if (!licensing && !startup) {
            throw new InvalidInputException("licensing", "Choose licensing, a start-up, or both.");
        }
        record(disclosure, actor.username(), CaseEvent.COMMERCIALISATION_ROUTES_CHOSEN, licensing && startup
                ? "Licensing and a start-up" : licensing ? "Licensing" : "A start-up");
    }

    public void closeWithDecision(long id) {
        InventionDisclosure disclosure = find(id);
        ProtectionDecision decision = decisions.findFirstByDisclosureIdOrderByDecidedAtDesc(id)
                .orElseThrow(() -> new RuleViolationException("decision.present", "No protection decision yet."));
        disclosure.advance(decision.outcome().finalStatus(), DisclosureStatus.AWAITING_DECISION);
        record(disclosure, SYSTEM, CaseEvent.CLOSED, "Closed as " + disclosure.status());
    }

    public void reject(long id) {
        InventionDisclosure disclosure = find(id);
        disclosure.advance(DisclosureStatus.REJECTED, DisclosureStatus.AWAITING_TRIAGE);
        record(disclosure, SYSTEM, CaseEvent.CLOSED, "Closed as REJECTED");
    }

    public Deadline closeDeadline(Actor actor, long disclosureId, long deadlineId, CloseDeadline command) {
        InventionDisclosure disclosure = get(actor, disclosureId);
        CaseAccess.requireStaff(actor, "close a deadline");
        Deadline deadline = deadlines.findById(deadlineId).filter(d -> d.disclosureId().equals(disclosureId))
                .orElseThrow(() -> new NotFoundException("deadline", deadlineId));
        if (command.outcome() == Deadline.Status.OPEN) {
            throw new InvalidInputException("outcome", "A deadline is closed as DONE or WAIVED.");
        }
        deadline.close(command.outcome(), command.reason(), actor.username(), now());
        record(disclosure, actor.username(), CaseEvent.deadlineClosed(command.outcome()), deadline.title() + " due "
                + deadline.dueDate() + (command.reason() == null ? "" : ": " + command.reason()));
        return deadline;
    }

    /** Writes a line of the case's history: how every feature writes it (this service's own steps included). */
    public void recordEvent(long id, String actor, CaseEvent event, String detail) {
        record(find(id), actor, event, detail);
    }

    /** The public disclosures that fall before every filing, each with what it does to novelty where. */
    List<NoveltyRisk> noveltyRisks(InventionDisclosure disclosure, List<Filing> caseFilings) {
        LocalDate firstFiling = caseFilings.stream().map(Filing::priorityDate).min(LocalDate::compareTo)
                .orElse(null);
        return disclosure.publicDisclosures().stream()
                .map(p -> calculator.noveltyRisk(p.date(), firstFiling))
                .filter(NoveltyRisk::atRisk)
                .toList();
    }

    /** A case by id, for system steps (workflow delegates) that act without a caller; callers use {@link #get}. */
    public InventionDisclosure find(long id) {
        return disclosures.findById(id).orElseThrow(() -> new NotFoundException("disclosure", id));
    }

    private void record(InventionDisclosure disclosure, String actor, CaseEvent event, String detail) {
        history.save(new CaseHistoryEntry(disclosure.id(), now(), actor, event, detail));
    }

    private Instant now() {
        return clock.instant();
    }

    private static List<Inventor> inventors(SubmitDisclosure command) {
        return Optional.ofNullable(command.inventors()).orElse(List.of()).stream()
                .map(i -> new Inventor(i.name(), i.email(), i.affiliation(), i.sharePercent(), i.username()))
                .toList();
    }

    private static List<PublicDisclosure> publicDisclosures(List<NewPublicDisclosure> list) {
        return Optional.ofNullable(list).orElse(List.of()).stream()
                .map(p -> new PublicDisclosure(p.date(), p.kind(), p.description())).toList();
    }

    private static void requireText(String text, String rule, String message) {
        if (text == null || text.isBlank()) {
            throw new RuleViolationException(rule, message);
        }
    }
}
