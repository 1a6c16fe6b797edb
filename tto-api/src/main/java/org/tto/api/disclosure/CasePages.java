package org.tto.api.disclosure;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tto.api.disclosure.TaskForms.AnswerForm;
import org.tto.api.disclosure.TaskForms.AssessmentForm;
import org.tto.api.disclosure.TaskForms.DecisionForm;
import org.tto.api.disclosure.TaskForms.FilingRow;
import org.tto.api.disclosure.TaskForms.FilingsForm;
import org.tto.api.disclosure.TaskForms.NoveltyActionForm;
import org.tto.api.disclosure.TaskForms.TriageForm;
import org.tto.api.shared.FormCheck;
import org.tto.api.shared.PageErrors;
import org.tto.api.shared.WebPage;
import org.tto.disclosure.Assessment;
import org.tto.disclosure.CaseFile;
import org.tto.disclosure.Commands;
import org.tto.disclosure.DisclosureSearch;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.DisclosureStatus;
import org.tto.disclosure.InventionDisclosure;
import org.tto.disclosure.ProtectionOutcome;
import org.tto.disclosure.PublicDisclosureKind;
import org.tto.disclosure.TriageOutcome;
import org.tto.docketing.FilingKind;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;
import org.tto.workflow.disclosure.CaseTasks;
import org.tto.workflow.disclosure.CaseTasks.CaseTask;
import org.tto.workflow.disclosure.InventionDisclosureProcess.Elements;

/**
 * The officer's case list (search, filters, paging) and the case page: the case, its inventors and shares, its
 * process, each open task of this part with its form, its filings with their deadlines and traces, its history.
 * The inventor's view of the same case ({@code /disclosures/{id}}) answers their questions through here too.
 */
@WebPage
class CasePages {

    private static final int PAGE_SIZE = 20;
    /** The steps a case can wait at, for the list's filter. */
    static final List<String> STEPS = List.of(Elements.TRIAGE, Elements.ANSWER_QUESTIONS, Elements.ASSESS,
            Elements.DECIDE_PROTECTION, Elements.RECORD_FILINGS, Elements.ACT_ON_NOVELTY_RISK, Elements.CHOOSE_ROUTES);

    private final DisclosureService cases;
    private final CaseTasks tasks;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final CaseDiagram diagram;

    CasePages(DisclosureService cases, CaseTasks tasks, SmartValidator validator, MessageSource messages,
            CaseDiagram diagram) {
        this.diagram = diagram;
        this.cases = cases;
        this.tasks = tasks;
        this.validator = validator;
        this.messages = messages;
    }

    /** The search of the case list, as the page's query string carries it. */
    record CaseQuery(String q, DisclosureStatus status, String step) {}

    @GetMapping("/cases")
    String list(Actor actor, @RequestParam(required = false) String q,
            @RequestParam(required = false) DisclosureStatus status, @RequestParam(required = false) String step,
            @RequestParam(defaultValue = "0") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        String atStep = step != null && STEPS.contains(step) ? step : null;
        List<String> references = atStep == null ? null : tasks.referencesAtStep(atStep);
        Page<InventionDisclosure> found = cases.search(actor, new DisclosureSearch(status, references,
                q == null || q.isBlank() ? null : q.trim(), Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("found", found);
        model.addAttribute("query", new CaseQuery(q, status, atStep));
        model.addAttribute("statuses", DisclosureStatus.values());
        model.addAttribute("steps", STEPS);
        // htmx asks for the results only (active search); a plain request gets the whole page
        return htmx != null ? "disclosure/cases :: results" : "disclosure/cases";
    }

    @GetMapping("/cases/{id}")
    String show(Actor actor, @PathVariable long id, Model model) {
        return casePage(actor, id, model);
    }

    /** The inventor's view of their case: where it stands, what is asked of them, what happened. */
    @GetMapping("/disclosures/{id}")
    String disclosure(Actor actor, @PathVariable long id, Model model) {
        if (isStaff(actor)) {
            return "redirect:/cases/" + id;
        }
        return inventorPage(actor, id, model);
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/triage")
    Object triage(Actor actor, @PathVariable long id, @PathVariable String taskId,
            @ModelAttribute TriageForm triageForm, BindingResult form, Model model, RedirectAttributes flash) {
        return complete(actor, id, taskId, triageForm, form, model, flash, false, () -> tasks.triage(actor, taskId,
                new Commands.Triage(triageForm.getOutcome(), trimmed(triageForm.getNote()))));
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/assessment")
    Object assess(Actor actor, @PathVariable long id, @PathVariable String taskId,
            @ModelAttribute AssessmentForm assessmentForm, BindingResult form, Model model,
            RedirectAttributes flash) {
        AssessmentForm a = assessmentForm;
        return complete(actor, id, taskId, a, form, model, flash, false, () -> tasks.assess(actor, taskId,
                new Assessment.Scorecard(a.getNovelty(), trimmed(a.getPriorArt()), a.getInventiveStep(),
                        a.getIndustrialApplicability(), a.getMarketPotential(), a.getTrl(), a.getRecommendation(),
                        trimmed(a.getComments()))));
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/protection-decision")
    Object decide(Actor actor, @PathVariable long id, @PathVariable String taskId,
            @ModelAttribute DecisionForm decisionForm, BindingResult form, Model model, RedirectAttributes flash) {
        return complete(actor, id, taskId, decisionForm, form, model, flash, false, () -> tasks.decideProtection(
                actor, taskId, new Commands.DecideProtection(decisionForm.getOutcome(),
                        decisionForm.getReason().trim())));
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/filings")
    Object filings(Actor actor, @PathVariable long id, @PathVariable String taskId,
            @RequestParam(defaultValue = "save") String action, @ModelAttribute FilingsForm filingsForm,
            BindingResult form, Model model, RedirectAttributes flash) {
        if ("add-filing".equals(action)) {
            filingsForm.getFilings().add(new FilingRow());
            model.addAttribute("openTask", taskId);
            return casePage(actor, id, model);
        }
        return complete(actor, id, taskId, filingsForm, form, model, flash, false, () -> tasks.recordFilings(actor,
                taskId, new Commands.RecordFilings(filingsForm.getFilings().stream()
                        .map(f -> new Commands.NewFiling(f.getOffice().trim().toUpperCase(Locale.ROOT),
                                f.getKind(), f.getApplicationNumber().trim(), f.getFilingDate(),
                                TaskForms.applicationNumbers(f.getPriorityClaims()),
                                TaskForms.offices(f.getTargetOffices())))
                        .toList())));
    }

    @PostMapping("/cases/{id}/tasks/{taskId}/novelty-action")
    Object noveltyAction(Actor actor, @PathVariable long id, @PathVariable String taskId,
            @ModelAttribute NoveltyActionForm noveltyActionForm, BindingResult form, Model model,
            RedirectAttributes flash) {
        return complete(actor, id, taskId, noveltyActionForm, form, model, flash, false,
                () -> tasks.actOnNoveltyRisk(actor, taskId, noveltyActionForm.getAction().trim()));
    }

    /** The inventors' answer to the officer's questions, from their view of the case. */
    @PostMapping("/disclosures/{id}/tasks/{taskId}/answer")
    Object answer(Actor actor, @PathVariable long id, @PathVariable String taskId,
            @ModelAttribute AnswerForm answerForm, BindingResult form, Model model, RedirectAttributes flash) {
        AnswerForm a = answerForm;
        boolean anyPublic = a.getPublicDate() != null || a.getPublicKind() != null
                || !FormCheck.blank(a.getPublicDescription()) || form.hasFieldErrors("publicDate");
        if (anyPublic) {
            if (a.getPublicDate() == null && !form.hasFieldErrors("publicDate")) {
                form.rejectValue("publicDate", "form.required");
            }
            if (a.getPublicKind() == null) {
                form.rejectValue("publicKind", "form.required");
            }
            if (FormCheck.blank(a.getPublicDescription())) {
                form.rejectValue("publicDescription", "form.required");
            }
        }
        return complete(actor, id, taskId, a, form, model, flash, true, () -> tasks.answerQuestions(actor, taskId,
                new Commands.AnswerQuestions(a.getAnswers().trim(), anyPublic
                        ? List.of(new Commands.NewPublicDisclosure(a.getPublicDate(), a.getPublicKind(),
                                a.getPublicDescription().trim()))
                        : List.of())));
    }

    @PostMapping("/tasks/{taskId}/claim")
    String claim(Actor actor, @PathVariable String taskId, @RequestParam(required = false) Long caseId,
            RedirectAttributes flash) {
        try {
            tasks.claim(actor, taskId);
        } catch (RuleViolationException | ConcurrentChangeException e) {
            flash.addFlashAttribute("problem", e instanceof RuleViolationException rule
                    ? PageErrors.ruleMessage(messages, rule) : messages.getMessage("error.concurrent", null,
                            LocaleContextHolder.getLocale()));
        }
        return back(actor, caseId);
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    String unclaim(Actor actor, @PathVariable String taskId, @RequestParam(required = false) Long caseId) {
        tasks.unclaim(actor, taskId);
        return back(actor, caseId);
    }

    /** Back to where the task was claimed: the inbox, the case page (staff) or the inventor's view. */
    private static String back(Actor actor, Long caseId) {
        if (caseId == null) {
            return "redirect:/tasks";
        }
        return (isStaff(actor) ? "redirect:/cases/" : "redirect:/disclosures/") + caseId;
    }

    /**
     * Validates the form, then completes the task through the same service as the API. A refused form comes back
     * beside the case with each error at its field (422: the request's transaction is rolled back, nothing is kept);
     * a task that is already done — the same form sent twice — leads back to the case, which shows its outcome.
     */
    private Object complete(Actor actor, long id, String taskId, Object formObject, BindingResult form, Model model,
            RedirectAttributes flash, boolean inventorView, Runnable action) {
        validator.validate(formObject, form);
        String back = (inventorView ? "redirect:/disclosures/" : "redirect:/cases/") + id;
        if (!form.hasErrors()) {
            try {
                action.run();
                flash.addFlashAttribute("notice", "task.done");
                return back;
            } catch (ConcurrentChangeException e) {
                if (!"task.completed".equals(e.rule())) {
                    throw e;
                }
                flash.addFlashAttribute("notice", "task.alreadyDone");
                return back;
            } catch (InvalidInputException e) {
                FormCheck.reject(form, e);
            } catch (RuleViolationException e) {
                form.reject("rule", PageErrors.ruleMessage(messages, e));
            }
        }
        model.addAttribute("openTask", taskId);
        ModelAndView page = new ModelAndView(inventorView ? inventorPage(actor, id, model) : casePage(actor, id,
                model), model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /** The case page's model; the task forms are empty unless a refused one is being shown again. */
    private String casePage(Actor actor, long id, Model model) {
        CaseFile file = caseModel(actor, id, model).file();
        model.addAttribute("tasks", tasks.openTasksOf(file.disclosure().reference()));
        return "disclosure/case";
    }

    /** The inventor's view: of the open tasks, only theirs (the officer's question waiting for an answer). */
    String inventorPage(Actor actor, long id, Model model) {
        model.addAttribute("tasks", caseModel(actor, id, model).workable());
        return "disclosure/disclosure";
    }

    /** A case as both views read it, and the open tasks the actor may work on now. */
    private record CaseView(CaseFile file, List<CaseTask> workable) {}

    /**
     * What both views of a case show: the case file, its process, the ids of the open tasks the actor may work on
     * now (theirs, or offered to them and not claimed), and the task forms.
     */
    private CaseView caseModel(Actor actor, long id, Model model) {
        CaseFile file = cases.file(actor, id);
        String reference = file.disclosure().reference();
        List<CaseTask> workable = tasks.workableTasksOf(actor, reference);
        model.addAttribute("file", file);
        model.addAttribute("d", file.disclosure());
        model.addAttribute("mine", workable.stream().map(CaseTask::id).collect(Collectors.toSet()));
        model.addAttribute("diagram", diagram.svg(tasks.position(reference)));
        addForms(model);
        return new CaseView(file, workable);
    }

    private static void addForms(Model model) {
        model.addAttribute("triageOutcomes", TriageOutcome.values());
        model.addAttribute("noveltyLevels", Assessment.Novelty.values());
        model.addAttribute("outcomes", ProtectionOutcome.values());
        model.addAttribute("filingKinds", FilingKind.values());
        model.addAttribute("kinds", PublicDisclosureKind.values());
        putIfAbsent(model, "triageForm", new TriageForm());
        putIfAbsent(model, "answerForm", new AnswerForm());
        putIfAbsent(model, "assessmentForm", new AssessmentForm());
        putIfAbsent(model, "decisionForm", new DecisionForm());
        putIfAbsent(model, "filingsForm", new FilingsForm());
        putIfAbsent(model, "noveltyActionForm", new NoveltyActionForm());
    }

    private static void putIfAbsent(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    private static String trimmed(String text) {
        return FormCheck.blank(text) ? null : text.trim();
    }

    static boolean isStaff(Actor actor) {
        return actor.is(Role.OFFICER, Role.DIRECTOR);
    }
}
