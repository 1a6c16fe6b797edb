package org.tto.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.AppUserRepository;
import org.tto.identity.Role;
import org.tto.notification.Mailer;
import org.tto.shared.NotFoundException;

/**
 * The reminders and escalations the workflow's timers trigger. Each is e-mailed and recorded in the case's history,
 * with what became of the e-mail.
 */
@Service
@Transactional
public class CaseNotices {

    private final DisclosureService cases;
    private final DeadlineRepository deadlines;
    private final AppUserRepository users;
    private final Mailer mailer;
    private final Clock clock;

    public CaseNotices(DisclosureService cases, DeadlineRepository deadlines, AppUserRepository users, Mailer mailer,
            Clock clock) {
        this.cases = cases;
        this.deadlines = deadlines;
        this.users = users;
        this.mailer = mailer;
        this.clock = clock;
    }

    /** The inventors have not answered the officer's questions yet. */
    public void remindInventors(long disclosureId) {
        InventionDisclosure disclosure = cases.find(disclosureId);
        if (disclosure.status() != DisclosureStatus.AWAITING_INVENTORS) {
            return;
        }
        List<String> to = disclosure.inventors().stream().map(Inventor::email).toList();
        Mailer.Outcome outcome = mailer.send(to, "[" + disclosure.reference() + "] Your TTO is waiting for your answer",
                "The technology-transfer office asked questions about your disclosure \"" + disclosure.title()
                        + "\". Please answer them so the assessment can go on.");
        cases.recordEvent(disclosureId, DisclosureService.SYSTEM, CaseEvent.INVENTORS_REMINDED, describe(to, outcome));
    }

    /** An open deadline is {@code daysBefore} days away: tell the case's officers. */
    public void remindDeadline(long deadlineId, int daysBefore) {
        Deadline deadline = open(deadlineId);
        if (deadline == null) {
            return;
        }
        InventionDisclosure disclosure = cases.find(deadline.disclosureId());
        List<String> to = users.noticeRecipients(disclosure.institution().id(), Set.of(Role.OFFICER, Role.DIRECTOR));
        long daysLeft = ChronoUnit.DAYS.between(LocalDate.now(clock), deadline.dueDate());
        Mailer.Outcome outcome = mailer.send(to, "[" + disclosure.reference() + "] " + deadline.title() + " due "
                + deadline.dueDate() + " (" + daysBefore + "-day reminder)",
                deadline.title() + " for " + disclosure.reference() + " is due on " + deadline.dueDate() + ", in "
                        + daysLeft + " days.\nRule: " + deadline.trace().ruleId() + " — "
                        + deadline.trace().legalBasis() + unconfirmed(deadline));
        cases.recordEvent(disclosure.id(), DisclosureService.SYSTEM, CaseEvent.deadlineReminder(daysBefore),
                deadline.title() + " due " + deadline.dueDate() + "; " + describe(to, outcome));
    }

    /** The deadline passed without being marked done or waived: escalate to the director. */
    public void escalateMissedDeadline(long deadlineId) {
        Deadline deadline = open(deadlineId);
        if (deadline == null) {
            return;
        }
        deadline.escalate();
        InventionDisclosure disclosure = cases.find(deadline.disclosureId());
        List<String> to = users.noticeRecipients(disclosure.institution().id(), Set.of(Role.DIRECTOR));
        Mailer.Outcome outcome = mailer.send(to, "[" + disclosure.reference() + "] MISSED: " + deadline.title(),
                deadline.title() + " for " + disclosure.reference() + " was due on " + deadline.dueDate()
                        + " and has not been marked done or waived." + unconfirmed(deadline));
        cases.recordEvent(disclosure.id(), DisclosureService.SYSTEM, CaseEvent.DEADLINE_ESCALATED,
                deadline.title() + " due " + deadline.dueDate() + "; " + describe(to, outcome));
    }

    /** A figure the source does not confirm is said so wherever the deadline is shown. */
    private static String unconfirmed(Deadline deadline) {
        return deadline.unconfirmedReason() == null ? ""
                : "\nUNCONFIRMED: " + deadline.unconfirmedReason();
    }

    private Deadline open(long deadlineId) {
        Deadline deadline = deadlines.findById(deadlineId)
                .orElseThrow(() -> new NotFoundException("deadline", deadlineId));
        return deadline.status() == Deadline.Status.OPEN ? deadline : null;
    }

    private static String describe(List<String> to, Mailer.Outcome outcome) {
        return "e-mail to " + to + ": " + outcome.status() + " (" + outcome.detail() + ")";
    }
}
