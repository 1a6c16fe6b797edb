package org.tto.api.disclosure;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.tto.disclosure.Assessment;
import org.tto.disclosure.CaseFile;
import org.tto.disclosure.CaseHistoryEntry;
import org.tto.disclosure.Deadline;
import org.tto.disclosure.Filing;
import org.tto.disclosure.InventionDisclosure;
import org.tto.disclosure.ProtectionDecision;
import org.tto.docketing.ComputedDeadline;
import org.tto.docketing.NoveltyRisk;
import org.tto.workflow.disclosure.CaseTasks.CaseTask;

/** What the disclosure endpoints answer. */
final class DisclosureResponses {

    private DisclosureResponses() {}

    record DisclosureSummary(long id, String reference, String title, String status, boolean noveltyAtRisk,
            String submittedBy, Instant submittedAt) {

        static DisclosureSummary of(InventionDisclosure d) {
            return new DisclosureSummary(d.id(), d.reference(), d.title(), d.status().name(), d.noveltyAtRisk(),
                    d.submittedBy(), d.submittedAt());
        }
    }

    record DisclosureDetail(long id, String reference, String institution, String title, String summary,
            String confidentialDescription, String keywords, int trl, String status, boolean noveltyAtRisk,
            String submittedBy, Instant submittedAt, List<String> currentSteps, List<CaseTask> openTasks,
            List<InventorView> inventors, List<FundingView> funding, List<PublicDisclosureView> publicDisclosures,
            List<AssessmentView> assessments, DecisionView decision, List<FilingView> filings,
            List<DeadlineView> deadlines, List<NoveltyRisk> noveltyRisks, List<EventView> history) {

        static DisclosureDetail of(CaseFile file, List<CaseTask> openTasks) {
            InventionDisclosure d = file.disclosure();
            return new DisclosureDetail(d.id(), d.reference(), d.institution().code(), d.title(), d.summary(),
                    d.confidentialDescription(), d.keywords(), d.trl(), d.status().name(), d.noveltyAtRisk(),
                    d.submittedBy(), d.submittedAt(), openTasks.stream().map(CaseTask::name).distinct().toList(),
                    openTasks,
                    d.inventors().stream().map(i -> new InventorView(i.name(), i.email(), i.affiliation(),
                            i.sharePercent(), i.username())).toList(),
                    d.funding().stream().map(f -> new FundingView(f.sponsor(), f.grantId(), f.obligations()))
                            .toList(),
                    d.publicDisclosures().stream().map(p -> new PublicDisclosureView(p.date(), p.kind().name(),
                            p.description())).toList(),
                    file.assessments().stream().map(AssessmentView::of).toList(),
                    file.decision().map(DecisionView::of).orElse(null),
                    file.filings().stream().map(FilingView::of).toList(),
                    file.deadlines().stream().map(DeadlineView::of).toList(),
                    file.noveltyRisks(),
                    file.history().stream().map(EventView::of).toList());
        }
    }

    record InventorView(String name, String email, String affiliation, BigDecimal sharePercent, String username) {}

    record FundingView(String sponsor, String grantId, String obligations) {}

    record PublicDisclosureView(LocalDate date, String kind, String description) {}

    record AssessmentView(int version, Assessment.Scorecard scorecard, String assessedBy, Instant assessedAt) {

        static AssessmentView of(Assessment a) {
            return new AssessmentView(a.version(), a.scorecard(), a.assessedBy(), a.assessedAt());
        }
    }

    record DecisionView(String outcome, String reason, String decidedBy, Instant decidedAt) {

        static DecisionView of(ProtectionDecision d) {
            return new DecisionView(d.outcome().name(), d.reason(), d.decidedBy(), d.decidedAt());
        }
    }

    record FilingView(long id, String office, String kind, String applicationNumber, LocalDate filingDate,
            LocalDate priorityDate, String status, Set<Long> priorityClaims, Set<String> targetOffices) {

        static FilingView of(Filing f) {
            return new FilingView(f.id(), f.office(), f.kind().name(), f.applicationNumber(), f.filingDate(),
                    f.priorityDate(), f.status().name(), f.priorityClaims(), f.targetOffices());
        }
    }

    /**
     * A docketed deadline with the trace of how its due date was computed (and the same as lines in {@code steps});
     * {@code confirmed} false, with the reason, where the rule's figure is the PCT default the source does not
     * confirm; {@code revisions}: one line per recomputation under a changed rule.
     */
    record DeadlineView(long id, Long filingId, String title, LocalDate dueDate, String status, boolean escalated,
            String closedReason, String closedBy, Instant closedAt, boolean confirmed, String unconfirmedReason,
            ComputedDeadline trace, List<String> steps, List<String> revisions) {

        static DeadlineView of(Deadline d) {
            ComputedDeadline trace = d.trace();
            return new DeadlineView(d.id(), d.filingId(), d.title(), d.dueDate(), d.status().name(), d.escalated(),
                    d.closedReason(), d.closedBy(), d.closedAt(), trace.confirmed(), trace.unconfirmedReason(), trace,
                    trace.steps(), d.revisions());
        }
    }

    record EventView(Instant at, String actor, String action, String detail) {

        static EventView of(CaseHistoryEntry e) {
            return new EventView(e.occurredAt(), e.actor(), e.action(), e.detail());
        }
    }
}
