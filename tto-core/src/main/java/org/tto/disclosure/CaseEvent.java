package org.tto.disclosure;

/**
 * What a line of a case's history says happened. The name is the code stored in {@code case_event.action} and the
 * pages' message key {@code event.<name>}, so a constant is never renamed: existing histories hold these codes.
 * History is written through {@link DisclosureService#recordEvent} only.
 */
public enum CaseEvent {

    // The disclosure, from submission to the protection decision

    /** An inventor (or the TTO for them) submitted the disclosure. */
    SUBMITTED,
    /** The officers accepted the disclosure at triage: on to assessment. */
    TRIAGED_ACCEPT,
    /** The officers asked the inventors for more information at triage (the questions are the detail). */
    TRIAGED_MORE_INFO,
    /** The officers did not take the disclosure forward at triage (the reason is the detail). */
    TRIAGED_REJECT,
    /** The inventors answered the officers' questions. */
    ANSWERED,
    /** An officer recorded an assessment scorecard. */
    ASSESSED,
    /** The director decided to file a patent application. */
    DECIDED_FILE_PATENT,
    /** The director decided to file a provisional application. */
    DECIDED_FILE_PROVISIONAL,
    /** The director decided to keep the invention as a trade secret. */
    DECIDED_TRADE_SECRET,
    /** The director decided to protect the work by copyright. */
    DECIDED_COPYRIGHT,
    /** The director decided to publish defensively. */
    DECIDED_PUBLISH_DEFENSIVELY,
    /** The director decided to release the invention to its inventors. */
    DECIDED_RELEASE_TO_INVENTORS,
    /** The director decided to abandon the invention. */
    DECIDED_ABANDON,
    /** The workflow closed the case with the decision's final status, or as rejected at triage. */
    CLOSED,

    // Filings and their deadlines

    /** An officer recorded a filing (one line per filing). */
    FILING_RECORDED,
    /** The workflow docketed a deadline of a filing (one line per deadline). */
    DEADLINE_DOCKETED,
    /** An officer closed a deadline as met. */
    DEADLINE_DONE,
    /** An officer closed a deadline as waived. */
    DEADLINE_WAIVED,
    /** The deadline watch e-mailed the officers and director 90 days before a deadline. */
    DEADLINE_REMINDER_90,
    /** The deadline watch e-mailed the officers and director 30 days before a deadline. */
    DEADLINE_REMINDER_30,
    /** The deadline watch e-mailed the officers and director 7 days before a deadline. */
    DEADLINE_REMINDER_7,
    /** A deadline passed without being closed: escalated to the director by e-mail. */
    DEADLINE_ESCALATED,
    /** A docketing rule changed (a migration): an open deadline was computed again under it. */
    DEADLINE_RECOMPUTED,
    /** A docketing rule was withdrawn (a migration): its open deadline was waived with the reason. */
    DEADLINE_WITHDRAWN,
    /** The inventors had not answered the officers' questions: reminded by e-mail. */
    INVENTORS_REMINDED,
    /** An officer said what was done about a novelty risk (a public disclosure before the first filing). */
    NOVELTY_RISK_HANDLED,

    // Commercialisation

    /** The workflow marked the case, its filings recorded and docketed, ready for commercialisation. */
    READY_FOR_COMMERCIALISATION,
    /** The officers chose licensing, a start-up, or both. */
    COMMERCIALISATION_ROUTES_CHOSEN,
    /** An officer recorded a cost of the case (patent or legal). */
    COST_RECORDED,

    // Licensing: the path before the agreement

    /** A licensing path started on the case. */
    LICENSING_PATH_STARTED,
    /** The officers wrote the case's technology brief. */
    BRIEF_WRITTEN,
    /** The officers revised the case's technology brief. */
    BRIEF_REVISED,
    /** An officer added a prospective licensee. */
    PROSPECT_ADDED,
    /** An officer set a prospective licensee back to identified. */
    PROSPECT_IDENTIFIED,
    /** An officer recorded that a prospective licensee was contacted. */
    PROSPECT_CONTACTED,
    /** An officer recorded that a prospective licensee is interested. */
    PROSPECT_INTERESTED,
    /** An officer recorded that a prospective licensee declined. */
    PROSPECT_DECLINED,
    /** The path still looked for a licensee after a while: the officers were reminded by e-mail. */
    MARKETING_REMINDER,
    /** The officers chose the prospective licensee the path negotiates with. */
    LICENSING_PROSPECT_CHOSEN,
    /** A confidentiality agreement (NDA/CDA) was signed with the prospective licensee. */
    CONFIDENTIALITY_SIGNED,
    /** An option was granted to the prospective licensee. */
    OPTION_GRANTED,
    /** The term sheet was agreed with the prospective licensee. */
    TERM_SHEET_AGREED,
    /** The path ended with its licence executed. */
    LICENSING_PATH_ENDED,
    /** The path was abandoned (by the staff, or by the director's refusal), withdrawing an agreement not executed. */
    LICENSING_PATH_ABANDONED,

    // Licensing: the agreement and what follows it

    /** A licence agreement was drafted. */
    AGREEMENT_DRAFTED,
    /** The director cleared the conflict of interest of an agreement whose licensee is linked to an inventor. */
    AGREEMENT_COI_CLEARED,
    /** The director approved a licence agreement. */
    AGREEMENT_APPROVED,
    /** The licence agreement was signed; its obligations were scheduled. */
    LICENSE_EXECUTED,
    /** An obligation of a licence was fulfilled. */
    OBLIGATION_FULFILLED,
    /** An obligation falls due soon: the officers and director were reminded by e-mail. */
    OBLIGATION_REMINDER,
    /** An obligation passed its due date unfulfilled: marked late and escalated to the director. */
    OBLIGATION_LATE,
    /** A royalty report was recorded and checked against the terms. */
    ROYALTY_REPORT_RECEIVED,
    /** The receipts against a royalty report now cover what it owes. */
    ROYALTY_REPORT_PAID,
    /** A receipt against a royalty report took it above what it owes. */
    ROYALTY_REPORT_OVERPAID,
    /** A receipt was recorded and distributed by the institution's policy. */
    RECEIPT_DISTRIBUTED,

    // Start-ups

    /** A start-up path started on the case. */
    STARTUP_PATH_STARTED,
    /** The officers recorded a start-up being formed. */
    STARTUP_FORMING,
    /** The director approved the start-up's business plan. */
    STARTUP_PLAN_APPROVED,
    /** The director sent the business plan back for revision. */
    STARTUP_PLAN_REVISION_REQUESTED,
    /** The director declined the business plan: the start-up is abandoned. */
    STARTUP_PLAN_DECLINED,
    /** The officers revised the business plan the director sent back. */
    STARTUP_PLAN_REVISED,
    /** The director cleared the conflict of interest of an inventor-founded start-up. */
    STARTUP_COI_CLEARED,
    /** The director refused the conflict of interest of an inventor-founded start-up. */
    STARTUP_COI_REFUSED,
    /** Incorporation was still awaited: the officers were reminded by e-mail. */
    STARTUP_INCORPORATION_REMINDER,
    /** The start-up was incorporated, with the institution's equity. */
    STARTUP_INCORPORATED,
    /** The start-up path ended with the start-up incorporated. */
    STARTUP_PATH_ENDED,
    /** The start-up path ended abandoned (plan declined, conflict refused). */
    STARTUP_PATH_ABANDONED,
    /** An officer recorded that the incorporated start-up was acquired. */
    STARTUP_ACQUIRED,
    /** An officer recorded that the incorporated start-up closed. */
    STARTUP_CLOSED;

    /** The line of a triage's outcome. */
    public static CaseEvent triaged(TriageOutcome outcome) {
        return switch (outcome) {
            case ACCEPT -> TRIAGED_ACCEPT;
            case MORE_INFO -> TRIAGED_MORE_INFO;
            case REJECT -> TRIAGED_REJECT;
        };
    }

    /** The line of a protection decision's outcome. */
    public static CaseEvent decided(ProtectionOutcome outcome) {
        return switch (outcome) {
            case FILE_PATENT -> DECIDED_FILE_PATENT;
            case FILE_PROVISIONAL -> DECIDED_FILE_PROVISIONAL;
            case TRADE_SECRET -> DECIDED_TRADE_SECRET;
            case COPYRIGHT -> DECIDED_COPYRIGHT;
            case PUBLISH_DEFENSIVELY -> DECIDED_PUBLISH_DEFENSIVELY;
            case RELEASE_TO_INVENTORS -> DECIDED_RELEASE_TO_INVENTORS;
            case ABANDON -> DECIDED_ABANDON;
        };
    }

    /** The line of a deadline closed as done or waived. */
    public static CaseEvent deadlineClosed(Deadline.Status outcome) {
        return switch (outcome) {
            case DONE -> DEADLINE_DONE;
            case WAIVED -> DEADLINE_WAIVED;
            case OPEN -> throw new IllegalArgumentException("An open deadline is not closed.");
        };
    }

    /**
     * The line of a reminder {@code daysBefore} days ahead of a deadline: the deadline watch
     * ({@code deadline-watch.bpmn}) reminds 90, 30 and 7 days before.
     */
    public static CaseEvent deadlineReminder(int daysBefore) {
        return switch (daysBefore) {
            case 90 -> DEADLINE_REMINDER_90;
            case 30 -> DEADLINE_REMINDER_30;
            case 7 -> DEADLINE_REMINDER_7;
            default -> throw new IllegalArgumentException("No deadline reminder " + daysBefore + " days before: "
                    + "add its CaseEvent (DEADLINE_REMINDER_" + daysBefore + ") beside the process's new timer.");
        };
    }
}
