package org.tto.api.docketing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.WebPage;
import org.tto.docketing.DeadlineCalculator;
import org.tto.docketing.PctChapter;
import org.tto.docketing.PctTimeLimits;
import org.tto.docketing.UnknownOfficeException;
import org.tto.shared.DateRange;

/**
 * The deadline preview for everyone: an office, a priority date and a chapter give the national-phase entry date
 * with the trace of how it was computed, before any case exists. The same limits as the API's preview.
 */
@WebPage
class DeadlinePreviewPage {

    private final DeadlineCalculator calculator;
    private final PctTimeLimits limits;
    private final SmartValidator validator;

    DeadlinePreviewPage(DeadlineCalculator calculator, PctTimeLimits limits, SmartValidator validator) {
        this.calculator = calculator;
        this.limits = limits;
        this.validator = validator;
    }

    /** The preview's question, as the query string carries it. */
    public static class PreviewForm {

        @NotBlank
        private String office;
        @NotNull
        @DateIn(DateRange.PUBLICATION)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate priorityDate;
        private PctChapter chapter = PctChapter.I;

        public String getOffice() {
            return office;
        }

        public void setOffice(String office) {
            this.office = office;
        }

        public LocalDate getPriorityDate() {
            return priorityDate;
        }

        public void setPriorityDate(LocalDate priorityDate) {
            this.priorityDate = priorityDate;
        }

        public PctChapter getChapter() {
            return chapter;
        }

        public void setChapter(PctChapter chapter) {
            this.chapter = chapter == null ? PctChapter.I : chapter;
        }
    }

    @GetMapping("/deadline-preview")
    ModelAndView preview(@ModelAttribute PreviewForm previewForm, BindingResult form, Model model) {
        model.addAttribute("offices", limits.offices().stream().map(PctTimeLimits.OfficeLimits::office)
                .sorted(Comparator.comparing(o -> o.code())).toList());
        model.addAttribute("chapters", PctChapter.values());
        ModelAndView page = new ModelAndView("docketing/deadline-preview");
        boolean asked = previewForm.getOffice() != null || previewForm.getPriorityDate() != null
                || form.hasFieldErrors("priorityDate");
        if (asked) {
            validator.validate(previewForm, form);
            if (!form.hasErrors()) {
                try {
                    model.addAttribute("entry", calculator.nationalPhaseEntry(
                            previewForm.getOffice().trim().toUpperCase(Locale.ROOT), previewForm.getPriorityDate(),
                            previewForm.getChapter()));
                } catch (UnknownOfficeException e) {
                    form.rejectValue("office", "preview.unknownOffice");
                }
            }
            if (form.hasErrors()) {
                page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
            }
        }
        page.addAllObjects(model.asMap());
        return page;
    }
}
