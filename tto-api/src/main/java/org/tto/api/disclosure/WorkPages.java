package org.tto.api.disclosure;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tto.api.shared.WebPage;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.DueDeadline;
import org.tto.identity.Actor;
import org.tto.workflow.disclosure.CaseTasks;
import org.tto.workflow.disclosure.CaseTasks.CaseTask;
import org.tto.workflow.disclosure.InventionDisclosureProcess.Elements;

/**
 * The day's work: the task inbox (assigned and offered, claim and hand back), the deadlines of the next 90 days
 * and the overdue ones, and the director's protection decisions waiting.
 */
@WebPage
class WorkPages {

    private final CaseTasks tasks;
    private final DisclosureService cases;
    private final Clock clock;

    WorkPages(CaseTasks tasks, DisclosureService cases, Clock clock) {
        this.tasks = tasks;
        this.cases = cases;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    String inbox(Actor actor, Model model) {
        List<CaseTask> inbox = tasks.inbox(actor);
        model.addAttribute("assigned", inbox.stream().filter(t -> actor.username().equals(t.assignee())).toList());
        model.addAttribute("offered", inbox.stream().filter(t -> t.assignee() == null).toList());
        model.addAttribute("staff", CasePages.isStaff(actor));
        return "disclosure/tasks";
    }

    @GetMapping("/deadlines")
    String deadlines(Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock);
        List<DueDeadline> due = cases.deadlinesDue(actor, DisclosureService.DEADLINE_HORIZON_DAYS);
        model.addAttribute("overdue", due.stream().filter(d -> d.deadline().dueDate().isBefore(today)).toList());
        model.addAttribute("upcoming", due.stream().filter(d -> !d.deadline().dueDate().isBefore(today)).toList());
        model.addAttribute("days", DisclosureService.DEADLINE_HORIZON_DAYS);
        model.addAttribute("today", today);
        return "disclosure/deadlines";
    }

    @GetMapping("/decisions")
    String decisions(Actor actor, Model model) {
        model.addAttribute("waiting", tasks.inbox(actor).stream()
                .filter(t -> Elements.DECIDE_PROTECTION.equals(t.key())).toList());
        return "disclosure/decisions";
    }
}
