package org.tto.licensing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.CaseAccess;
import org.tto.disclosure.CaseEvent;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.licensing.LicensingCommands.RecordRoyaltyReport;
import org.tto.notification.Mailer;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * Licence agreements of a case: drafted from the term sheet by the officers, cleared and approved by the director,
 * executed; then their obligations (generated from the terms), royalty reports checked against the terms, and the
 * reminders and escalations of obligations. Scope: officers and directors of the case's institution.
 */
@Service
@Transactional
public class LicensingService {

    static final String SYSTEM = "system";

    private final DisclosureService cases;
    private final LicenseAgreementRepository agreements;
    private final ObligationRepository obligations;
    private final RoyaltyReportRepository reports;
    private final AppUserRepository users;
    private final Mailer mailer;
    private final Clock clock;

    public LicensingService(DisclosureService cases, LicenseAgreementRepository agreements,
            ObligationRepository obligations, RoyaltyReportRepository reports, AppUserRepository users,
            Mailer mailer, Clock clock) {
        this.cases = cases;
        this.agreements = agreements;
        this.obligations = obligations;
        this.reports = reports;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
    }

    public LicenseAgreement draft(Actor actor, long disclosureId, LicenseTerms terms) {
        InventionDisclosure disclosure = CaseAccess.requireReadyForCommercialisation(
                staffCase(actor, disclosureId, "draft agreements"), "agreements are drafted");
        LicenseAgreement agreement = new LicenseAgreement(disclosureId, disclosure.institution().id(), terms,
                actor.username(), clock.instant());
        Exclusivity.requireLicenceFree(agreement, agreementsOfCase(disclosureId));
        agreements.save(agreement);
        cases.recordEvent(disclosureId, actor.username(), CaseEvent.AGREEMENT_DRAFTED, describe(agreement)
                + (agreement.licenseeLinkedToInventor() ? "; conflict of interest flagged (licensee linked to an "
                        + "inventor)" : ""));
        return agreement;
    }

    @Transactional(readOnly = true)
    public LicenseAgreement get(Actor actor, long id) {
        LicenseAgreement agreement = find(id);
        NotFoundException.reachedThrough("agreement", id,
                () -> staffCase(actor, agreement.disclosureId(), "read agreements"));
        agreement.loadDetails();
        return agreement;
    }

    @Transactional(readOnly = true)
    public List<LicenseAgreement> ofCase(Actor actor, long disclosureId) {
        staffCase(actor, disclosureId, "read agreements");
        List<LicenseAgreement> list = agreements.findByDisclosureIdOrderByIdAsc(disclosureId);
        list.forEach(LicenseAgreement::loadDetails);
        return list;
    }

    public LicenseAgreement clearConflict(Actor actor, long id, String note) {
        LicenseAgreement agreement = directorOnly(actor, id, "clear a conflict of interest");
        requireIndependent(actor, agreement, "clear its conflict of interest");
        agreement.clearConflict(actor.username());
        cases.recordEvent(agreement.disclosureId(), actor.username(), CaseEvent.AGREEMENT_COI_CLEARED,
                "Agreement " + id + (note == null ? "" : ": " + note));
        return agreement;
    }

    public LicenseAgreement approve(Actor actor, long id) {
        LicenseAgreement agreement = directorOnly(actor, id, "approve an agreement");
        requireIndependent(actor, agreement, "approve it");
        agreement.approve(actor.username());
        cases.recordEvent(agreement.disclosureId(), actor.username(), CaseEvent.AGREEMENT_APPROVED, "Agreement " + id);
        return agreement;
    }

    /** Records the signature; the obligation schedule follows from the terms. */
    public List<Obligation> execute(Actor actor, long id, ExecuteAgreement command) {
        LicenseAgreement agreement = find(id);
        NotFoundException.reachedThrough("agreement", id,
                () -> staffCase(actor, agreement.disclosureId(), "execute agreements"));
        Exclusivity.requireLicenceFree(agreement, agreementsOfCase(agreement.disclosureId()));
        agreement.execute(command.executedOn());
        List<Obligation> schedule = obligations.saveAll(ObligationSchedule.of(agreement, command.executedOn()));
        cases.recordEvent(agreement.disclosureId(), actor.username(), CaseEvent.LICENSE_EXECUTED, describe(agreement)
                + ", executed " + command.executedOn() + "; " + schedule.size() + " obligations scheduled");
        return schedule;
    }

    @Transactional(readOnly = true)
    public List<Obligation> obligations(Actor actor, long agreementId) {
        LicenseAgreement agreement = find(agreementId);
        NotFoundException.reachedThrough("agreement", agreementId,
                () -> staffCase(actor, agreement.disclosureId(), "read obligations"));
        return obligations.findByAgreementIdOrderByDueDateAscIdAsc(agreementId);
    }

    /**
     * Open obligations of the actor's institution due from today to {@code days} days ahead; late ones are not
     * upcoming (they are on the delinquency list).
     */
    @Transactional(readOnly = true)
    public List<Obligation> upcoming(Actor actor, int days) {
        CaseAccess.requireStaff(actor, "follow the obligations");
        if (days < 0 || days > 3660) {
            throw new InvalidInputException("days", "Look 0 to 3660 days ahead.");
        }
        LocalDate today = LocalDate.now(clock);
        return obligations.openDueBetween(actor.institutionId(), today, today.plusDays(days));
    }

    /** The delinquency list: the institution's late obligations, also those past due before the sweep marks them. */
    @Transactional(readOnly = true)
    public List<Obligation> delinquent(Actor actor) {
        CaseAccess.requireStaff(actor, "follow the obligations");
        return obligations.lateOf(actor.institutionId(), LocalDate.now(clock));
    }

    /**
     * Records a royalty report and checks it against the terms: the report's sales are placed after the sales
     * already reported in the same agreement year; the report whose period ends the agreement year settles the
     * annual minimum. The matching report obligation is fulfilled.
     */
    public RoyaltyReport recordRoyaltyReport(Actor actor, long agreementId, RecordRoyaltyReport command) {
        LicenseAgreement agreement = find(agreementId);
        NotFoundException.reachedThrough("agreement", agreementId,
                () -> staffCase(actor, agreement.disclosureId(), "record royalty reports"));
        if (agreement.status() != AgreementStatus.EXECUTED || agreement.type() == AgreementType.OPTION) {
            throw new RuleViolationException("report.executed-licence", "Royalty reports are due under an executed "
                    + "licence; this agreement is " + agreement.status() + " (" + agreement.type() + ").");
        }
        if (command.periodEnd().isBefore(command.periodStart())
                || command.periodStart().isBefore(agreement.startDate())
                || command.periodEnd().isAfter(agreement.endDate())) {
            throw new InvalidInputException("periodStart", "The period lies within the agreement's term and ends "
                    + "after it starts.");
        }
        if (reports.existsByAgreementIdAndPeriodStart(agreementId, command.periodStart())) {
            throw new RuleViolationException("report.once-per-period", "A report for the period starting "
                    + command.periodStart() + " is already recorded.");
        }
        LocalDate yearStart = agreement.agreementYearStart(command.periodStart());
        LocalDate yearEnd = yearStart.plusYears(1);
        List<RoyaltyReport> earlier = reports.findByAgreementIdAndPeriodStartGreaterThanEqualAndPeriodStartLessThan(
                agreementId, yearStart, command.periodStart());
        BigDecimal salesBefore = earlier.stream().map(RoyaltyReport::netSales).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        BigDecimal royaltiesBefore = earlier.stream().map(RoyaltyReport::runningRoyalty).reduce(BigDecimal.ZERO,
                BigDecimal::add);
        LocalDate dayAfter = command.periodEnd().plusDays(1);
        boolean closesYear = !dayAfter.isBefore(yearEnd) || !dayAfter.isBefore(agreement.endDate());
        RoyaltyComputation computation = RoyaltyCalculator.compute(agreement.royaltyTerms(), salesBefore,
                royaltiesBefore, command.sales(), nz(command.sublicenceIncome()), closesYear, nz(command.paid()));
        RoyaltyReport report = reports.save(new RoyaltyReport(agreementId, command.periodStart(),
                command.periodEnd(), command.receivedOn(), command.sales(), closesYear, computation,
                actor.username()));
        obligations.findByAgreementIdAndKindAndPeriodStart(agreementId, Obligation.Kind.ROYALTY_REPORT,
                command.periodStart()).ifPresent(o -> o.fulfil(command.receivedOn()));
        Optional<Obligation> payment = ObligationSchedule.paymentFor(report).map(obligations::save);
        cases.recordEvent(agreement.disclosureId(), actor.username(), CaseEvent.ROYALTY_REPORT_RECEIVED, "Agreement "
                + agreementId + ", " + command.periodStart() + " to " + command.periodEnd() + ": owed "
                + computation.owed() + ", paid " + computation.paid() + ", variance " + computation.variance()
                + payment.map(p -> "; payment of " + p.amount() + " due " + p.dueDate()).orElse(""));
        return report;
    }

    /** The payment obligation of a royalty report's period, if the report owed something. */
    @Transactional(readOnly = true)
    public Optional<Obligation> paymentObligation(long agreementId, LocalDate periodStart) {
        return obligations.findByAgreementIdAndKindAndPeriodStart(agreementId, Obligation.Kind.ROYALTY_PAYMENT,
                periodStart);
    }

    /** The payment obligation of a royalty report, if it owed something. */
    @Transactional(readOnly = true)
    public Optional<Obligation> paymentObligationOfReport(long reportId) {
        return reports.findById(reportId).flatMap(r -> paymentObligation(r.agreementId(), r.periodStart()));
    }

    /**
     * The receipts paid against a royalty report cover what it owes: its payment obligation, when there is one and
     * it is not fulfilled yet, is fulfilled on {@code on}. Answers the obligation fulfilled now, or empty. The
     * caller (income, which knows the receipts) records the case history.
     */
    public Optional<Obligation> fulfilRoyaltyPayment(long agreementId, LocalDate periodStart,
            LocalDate on) {
        return paymentObligation(agreementId, periodStart)
                .filter(o -> o.status() != Obligation.Status.FULFILLED)
                .map(o -> {
                    o.fulfil(on);
                    return o;
                });
    }

    /** The report obligation a royalty report for this period fulfils, if the schedule has one. */
    @Transactional(readOnly = true)
    public Optional<Obligation> reportObligation(long agreementId, LocalDate periodStart) {
        return obligations.findByAgreementIdAndKindAndPeriodStart(agreementId, Obligation.Kind.ROYALTY_REPORT,
                periodStart);
    }

    @Transactional(readOnly = true)
    public List<RoyaltyReport> reports(Actor actor, long agreementId) {
        LicenseAgreement agreement = find(agreementId);
        NotFoundException.reachedThrough("agreement", agreementId,
                () -> staffCase(actor, agreement.disclosureId(), "read royalty reports"));
        return reports.findByAgreementIdOrderByPeriodStartAsc(agreementId);
    }

    public Obligation fulfil(Actor actor, long obligationId, LocalDate on) {
        Obligation obligation = obligations.findById(obligationId)
                .orElseThrow(() -> new NotFoundException("obligation", obligationId));
        LicenseAgreement agreement = find(obligation.agreementId());
        NotFoundException.reachedThrough("obligation", obligationId,
                () -> staffCase(actor, agreement.disclosureId(), "fulfil obligations"));
        if (obligation.status() == Obligation.Status.FULFILLED) {
            throw new RuleViolationException("obligation.open", "The obligation is already fulfilled.");
        }
        obligation.fulfil(on);
        cases.recordEvent(agreement.disclosureId(), actor.username(), CaseEvent.OBLIGATION_FULFILLED,
                obligation.description() + " (agreement " + agreement.id() + ")");
        return obligation;
    }

    /** Reminds the case's officers of an open obligation {@code daysBefore} its due date (a workflow timer). */
    public void remindObligation(long obligationId) {
        Obligation obligation = obligations.findById(obligationId)
                .orElseThrow(() -> new NotFoundException("obligation", obligationId));
        if (obligation.status() != Obligation.Status.OPEN) {
            return;
        }
        LicenseAgreement agreement = find(obligation.agreementId());
        List<String> to = users.noticeRecipients(agreement.institutionId(), Set.of(Role.OFFICER, Role.DIRECTOR));
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), obligation.dueDate());
        Mailer.Outcome outcome = mailer.send(to, "[" + agreement.licensee() + "] " + obligation.description()
                + " due " + obligation.dueDate(), obligation.description() + " under agreement " + agreement.id()
                        + " is due on " + obligation.dueDate() + ", in " + daysLeft + " days.");
        cases.recordEvent(agreement.disclosureId(), SYSTEM, CaseEvent.OBLIGATION_REMINDER, obligation.description()
                + " due " + obligation.dueDate() + "; e-mail " + outcome.status());
    }

    /**
     * Marks an obligation late once its due date passed unfulfilled and escalates it to the director. The change is
     * written (version-checked) before the e-mail goes out: when a watch and the sweep, or two nodes, escalate the
     * same obligation at once, the second waits for the first's row lock and fails on the version, so the director
     * gets one e-mail and the case one event.
     */
    public boolean markLateAndEscalate(long obligationId) {
        Obligation obligation = obligations.findById(obligationId)
                .orElseThrow(() -> new NotFoundException("obligation", obligationId));
        if (!obligation.markLateIfOverdue(LocalDate.now(clock))) {
            return false;
        }
        obligation.markEscalated();
        obligations.saveAndFlush(obligation);
        LicenseAgreement agreement = find(obligation.agreementId());
        List<String> to = users.noticeRecipients(agreement.institutionId(), Set.of(Role.DIRECTOR));
        Mailer.Outcome outcome = mailer.send(to, "[" + agreement.licensee() + "] LATE: " + obligation.description(),
                obligation.description() + " under agreement " + agreement.id() + " was due on "
                        + obligation.dueDate() + " and is not fulfilled.");
        cases.recordEvent(agreement.disclosureId(), SYSTEM, CaseEvent.OBLIGATION_LATE, obligation.description()
                + " due " + obligation.dueDate() + "; escalated to the director, e-mail " + outcome.status());
        return true;
    }

    /** Every open obligation whose due date has passed: marked late and escalated (a daily sweep). */
    public int sweepLate() {
        int late = 0;
        for (Obligation o : obligations.findByStatusAndDueDateBefore(Obligation.Status.OPEN, LocalDate.now(clock))) {
            late += markLateAndEscalate(o.id()) ? 1 : 0;
        }
        return late;
    }

    /** The case's agreements, every status, for the exclusivity rule. */
    List<LicenseAgreement> agreementsOfCase(long disclosureId) {
        return agreements.findByDisclosureIdOrderByIdAsc(disclosureId);
    }

    /** Withdraws a draft or approved agreement whose licensing path was abandoned. */
    boolean withdraw(long agreementId) {
        return find(agreementId).withdraw();
    }

    /**
     * Segregation of duties: whoever drafted the agreement, and whoever is conflicted (an inventor of the case), may
     * neither clear its conflict of interest nor approve it.
     */
    private void requireIndependent(Actor actor, LicenseAgreement agreement, String action) {
        if (actor.username().equals(agreement.createdBy())) {
            throw new ForbiddenException("You drafted this agreement: another director must " + action
                    + " (segregation of duties).");
        }
        if (cases.get(actor, agreement.disclosureId()).isInventor(actor.username())) {
            throw new ForbiddenException("You are an inventor of this case, so conflicted: another director must "
                    + action + " (segregation of duties).");
        }
    }

    private LicenseAgreement directorOnly(Actor actor, long id, String action) {
        LicenseAgreement agreement = find(id);
        NotFoundException.reachedThrough("agreement", id, () -> cases.get(actor, agreement.disclosureId()));
        CaseAccess.requireDirector(actor, action);
        return agreement;
    }

    InventionDisclosure staffCase(Actor actor, long disclosureId, String action) {
        InventionDisclosure disclosure = cases.get(actor, disclosureId);
        CaseAccess.requireStaff(actor, action);
        return disclosure;
    }

    LicenseAgreement find(long id) {
        return agreements.findById(id).orElseThrow(() -> new NotFoundException("agreement", id));
    }

    private static BigDecimal nz(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    static String describe(LicenseAgreement a) {
        return a.type() + " licence " + a.id() + " to " + a.licensee() + " (" + a.fieldOfUse() + ", "
                + a.territory() + ", " + a.startDate() + " to " + a.endDate() + ")";
    }
}
