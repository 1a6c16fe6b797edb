package org.tto.api.plan;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.FormCheck;
import org.tto.api.shared.PageErrors;
import org.tto.api.shared.PlainText;
import org.tto.api.shared.WebPage;
import org.tto.checkpoint.CheckpointService;
import org.tto.checkpoint.CheckpointService.GiveVerdict;
import org.tto.checkpoint.Condition;
import org.tto.checkpoint.Verdict;
import org.tto.identity.Actor;
import org.tto.plan.CapabilityDimension;
import org.tto.plan.PlanService.NewActionItem;
import org.tto.shared.DateRange;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;

/**
 * The reviewer's checkpoints: the queue of those submitted, and a checkpoint's page — each indicator as submitted
 * beside what the institution's records give and the target — with the verdict form: a pass, a conditional pass with
 * its condition and due date, or a fail with its reasons and a remediation item.
 */
@WebPage
class CheckpointPages {

    private final CheckpointService checkpoints;
    private final SmartValidator validator;
    private final MessageSource messages;

    CheckpointPages(CheckpointService checkpoints, SmartValidator validator, MessageSource messages) {
        this.checkpoints = checkpoints;
        this.validator = validator;
        this.messages = messages;
    }

    @GetMapping("/checkpoints")
    String queue(Actor actor, Model model) {
        model.addAttribute("queue", checkpoints.awaitingVerdict(actor));
        return "plan/checkpoints";
    }

    @GetMapping("/checkpoints/{id}")
    String checkpoint(Actor actor, @PathVariable long id, Model model) {
        if (!model.containsAttribute("verdictForm")) {
            model.addAttribute("verdictForm", new VerdictForm());
        }
        model.addAttribute("view", checkpoints.get(actor, id));
        model.addAttribute("computed", checkpoints.computed(actor, id));
        model.addAttribute("verdicts", Verdict.values());
        model.addAttribute("dimensions", CapabilityDimension.values());
        return "plan/checkpoint";
    }

    @PostMapping("/checkpoints/{id}/verdict")
    Object judge(Actor actor, @PathVariable long id, @ModelAttribute VerdictForm verdictForm, BindingResult form,
            Model model, RedirectAttributes flash) {
        validator.validate(verdictForm, form);
        if (!form.hasErrors()) {
            try {
                Verdict verdict = verdictForm.getVerdict();
                List<Condition> conditions = verdict == Verdict.CONDITIONAL && !FormCheck.blank(
                        verdictForm.getCondition()) && verdictForm.getConditionDue() != null
                        ? List.of(new Condition(verdictForm.getCondition().strip(), verdictForm.getConditionDue()))
                        : List.of();
                List<NewActionItem> remediation = verdict == Verdict.FAIL && !FormCheck.blank(
                        verdictForm.getRemediation()) && verdictForm.getRemediationDimension() != null
                        ? List.of(new NewActionItem(verdictForm.getRemediation().strip(),
                                verdictForm.getRemediationDimension(), blank(verdictForm.getRemediationOwner()),
                                verdictForm.getRemediationDue(), true))
                        : List.of();
                checkpoints.judge(actor, id, new GiveVerdict(verdict, blank(verdictForm.getComments()),
                        blank(verdictForm.getReasons()), conditions, remediation));
                flash.addFlashAttribute("notice", "checkpoint.judged");
                return "redirect:/checkpoints/" + id;
            } catch (InvalidInputException e) {
                FormCheck.reject(form, e);
            } catch (RuleViolationException e) {
                form.reject("rule", PageErrors.ruleMessage(messages, e));
            }
        }
        ModelAndView page = new ModelAndView(checkpoint(actor, id, model), model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    private static String blank(String text) {
        return FormCheck.blank(text) ? null : text.strip();
    }

    /** The verdict as the reviewer fills it in: one condition (conditional) or one remediation item (fail). */
    public static class VerdictForm {

        @NotNull
        private Verdict verdict;
        @Size(max = 4000)
        @PlainText(multiLine = true)
        private String comments;
        @Size(max = 4000)
        @PlainText(multiLine = true)
        private String reasons;
        @Size(max = 1000)
        @PlainText
        private String condition;
        @DateIn(DateRange.SCHEDULED)
        private LocalDate conditionDue;
        @Size(max = 200)
        @PlainText
        private String remediation;
        private CapabilityDimension remediationDimension;
        @Size(max = 100)
        @PlainText
        private String remediationOwner;
        @DateIn(DateRange.SCHEDULED)
        private LocalDate remediationDue;

        public Verdict getVerdict() {
            return verdict;
        }

        public void setVerdict(Verdict verdict) {
            this.verdict = verdict;
        }

        public String getComments() {
            return comments;
        }

        public void setComments(String comments) {
            this.comments = comments;
        }

        public String getReasons() {
            return reasons;
        }

        public void setReasons(String reasons) {
            this.reasons = reasons;
        }

        public String getCondition() {
            return condition;
        }

        public void setCondition(String condition) {
            this.condition = condition;
        }

        public LocalDate getConditionDue() {
            return conditionDue;
        }

        public void setConditionDue(LocalDate conditionDue) {
            this.conditionDue = conditionDue;
        }

        public String getRemediation() {
            return remediation;
        }

        public void setRemediation(String remediation) {
            this.remediation = remediation;
        }

        public CapabilityDimension getRemediationDimension() {
            return remediationDimension;
        }

        public void setRemediationDimension(CapabilityDimension remediationDimension) {
            this.remediationDimension = remediationDimension;
        }

        public String getRemediationOwner() {
            return remediationOwner;
        }

        public void setRemediationOwner(String remediationOwner) {
            this.remediationOwner = remediationOwner;
        }

        public LocalDate getRemediationDue() {
            return remediationDue;
        }

        public void setRemediationDue(LocalDate remediationDue) {
            this.remediationDue = remediationDue;
        }
    }
}
