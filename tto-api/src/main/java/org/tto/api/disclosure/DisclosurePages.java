package org.tto.api.disclosure;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tto.api.shared.FormCheck;
import org.tto.api.shared.FormOnce;
import org.tto.api.shared.WebPage;
import org.tto.disclosure.DisclosureSearch;
import org.tto.disclosure.DisclosureService;
import org.tto.disclosure.InventionDisclosure;
import org.tto.disclosure.PublicDisclosureKind;
import org.tto.docketing.DeadlineCalculator;
import org.tto.docketing.NoveltyRisk;
import org.tto.identity.Actor;
import org.tto.identity.AppUser;
import org.tto.identity.Directory;
import org.tto.identity.Role;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.InvalidInputException;
import org.tto.workflow.disclosure.DisclosureWorkflow;

/**
 * The inventor's pages: their disclosures and where each stands, and the guided disclosure form — the invention,
 * its inventors with shares that sum to 100, its funding, its public disclosures (with the novelty warning before
 * anything is sent), then "check your answers", then submit. Officers and directors may disclose for an inventor.
 */
@WebPage
class DisclosurePages {

    private static final int PAGE_SIZE = 20;

    private final DisclosureWorkflow workflow;
    private final DisclosureService cases;
    private final DeadlineCalculator calculator;
    private final Directory directory;
    private final FormOnce once;
    private final SmartValidator validator;

    DisclosurePages(DisclosureWorkflow workflow, DisclosureService cases, DeadlineCalculator calculator,
            Directory directory, FormOnce once, SmartValidator validator) {
        this.workflow = workflow;
        this.cases = cases;
        this.calculator = calculator;
        this.directory = directory;
        this.once = once;
        this.validator = validator;
    }

    /** Shares as people type them: "40", "40.5" or "40,5"; anything else is refused beside the field. */
    @InitBinder("disclosureForm")
    void shares(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new PropertyEditorSupport() {
            @Override
            public void setAsText(String text) {
                String plain = text == null ? "" : text.trim().replace(',', '.').replace("%", "").trim();
                setValue(plain.isEmpty() ? null : new BigDecimal(plain));
            }

            @Override
            public String getAsText() {
                return getValue() == null ? "" : ((BigDecimal) getValue()).stripTrailingZeros().toPlainString();
            }
        });
    }

    @GetMapping("/disclosures")
    String list(Actor actor, @RequestParam(defaultValue = "0") int page, Model model) {
        if (!actor.is(Role.INVENTOR)) {
            return "redirect:/cases";
        }
        Page<InventionDisclosure> found = cases.search(actor, new DisclosureSearch(null, null, null,
                Math.max(page, 0), PAGE_SIZE));
        model.addAttribute("found", found);
        return "disclosure/disclosures";
    }

    @GetMapping("/disclosures/new")
    String start(Actor actor, Model model) {
        DisclosureForm form = new DisclosureForm();
        form.setToken(FormOnce.newToken());
        DisclosureForm.InventorRow first = new DisclosureForm.InventorRow();
        if (actor.is(Role.INVENTOR)) {
            AppUser me = directory.user(actor.username()).orElseThrow();
            first.setName(me.firstName() + " " + me.lastName());
            first.setEmail(me.email());
            first.setUsername(me.username());
            first.setAffiliation(me.institution().map(i -> i.name()).orElse(null));
            first.setSharePercent(BigDecimal.valueOf(100));
        }
        form.getInventors().add(first);
        model.addAttribute("disclosureForm", form);
        return formPage(model);
    }

    /**
     * Every step of the form posts here, saying what it wants: another row, one row fewer, the check page, back to
     * editing, or the submission. Nothing is stored before the submission.
     */
    @PostMapping("/disclosures/new")
    Object step(Actor actor, @RequestParam(defaultValue = "check") String action,
            @ModelAttribute DisclosureForm disclosureForm, BindingResult form, Model model, RedirectAttributes flash) {
        if (action.startsWith("remove-")) {
            disclosureForm.remove(action.substring("remove-".length()));
            // the rows after the removed one moved up: what was said of them no longer fits
            BindingResult fresh = new BeanPropertyBindingResult(disclosureForm, "disclosureForm");
            model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "disclosureForm", fresh);
            return formPage(model);
        }
        switch (action) {
            case "add-inventor" -> disclosureForm.getInventors().add(new DisclosureForm.InventorRow());
            case "add-funding" -> disclosureForm.getFunding().add(new DisclosureForm.FundingRow());
            case "add-public-disclosure" -> disclosureForm.getPublicDisclosures()
                    .add(new DisclosureForm.PublicDisclosureRow());
            case "check", "submit" -> {
                return checked(actor, action, disclosureForm, form, model, flash);
            }
            default -> {
                // "edit", from the check page: back to the form with everything as it was
            }
        }
        return formPage(model, form);
    }

    private Object checked(Actor actor, String action, DisclosureForm disclosureForm, BindingResult form,
            Model model, RedirectAttributes flash) {
        disclosureForm.dropTrailingEmptyRows(form);
        validator.validate(disclosureForm, form);
        if (disclosureForm.getInventors().isEmpty()) {
            form.rejectValue("inventors", "disclosure.inventors.none");
        } else if (!form.hasFieldErrors("inventors*")
                && disclosureForm.shareTotal().compareTo(BigDecimal.valueOf(100)) != 0) {
            form.rejectValue("inventors", "disclosure.inventors.shares",
                    new Object[] {disclosureForm.shareTotal().stripTrailingZeros().toPlainString()}, null);
        }
        if (form.hasErrors()) {
            return invalid(model, form);
        }
        if ("check".equals(action)) {
            model.addAttribute("risks", risks(disclosureForm));
            return "disclosure/disclosure-check";
        }
        try {
            String location = once.once(actor.username(), disclosureForm.getToken(), "/disclosures/new", () -> {
                InventionDisclosure created = workflow.submit(actor, disclosureForm.toCommand());
                return (actor.is(Role.INVENTOR) ? "/disclosures/" : "/cases/") + created.id();
            });
            flash.addFlashAttribute("notice", "disclosure.submitted");
            return "redirect:" + location;
        } catch (InvalidInputException e) {
            FormCheck.reject(form, e);
            return invalid(model, form);
        } catch (ConcurrentChangeException raced) {
            // the same form sent twice at the same moment: this one's work is undone; the first one counts
            return "redirect:/disclosures";
        }
    }

    /** What each public disclosure does to novelty: none is filed yet, so each is before the first filing. */
    private List<NoveltyRisk> risks(DisclosureForm form) {
        return form.getPublicDisclosures().stream().map(p -> calculator.noveltyRisk(p.getDate(), null))
                .filter(NoveltyRisk::atRisk).toList();
    }

    private ModelAndView invalid(Model model, BindingResult form) {
        ModelAndView page = new ModelAndView(formPage(model, form), model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    private String formPage(Model model, BindingResult form) {
        form.getModel().forEach(model::addAttribute);
        return formPage(model);
    }

    private String formPage(Model model) {
        model.addAttribute("kinds", PublicDisclosureKind.values());
        return "disclosure/disclosure-form";
    }
}
