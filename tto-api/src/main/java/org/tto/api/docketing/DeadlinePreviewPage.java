package org.tto.api.docketing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.tto.docketing.DeadlineCalculator;
import org.tto.docketing.PctChapter;
import org.tto.docketing.PctTimeLimits;
import org.tto.docketing.UnknownOfficeException;
import org.tto.api.shared.WebPage;
import org.tto.shared.DateRange;

/**
 * The deadline preview for everyone: an office, a priority date and a chapter give the national-phase entry date
 * with the trace of how it was computed, before any case exists.
 */
@WebPage
class DeadlinePreviewPage {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withResolverStyle(ResolverStyle.STRICT);

    private final DeadlineCalculator calculator;
    private final PctTimeLimits limits;
    private final Clock clock;

    /** A refused field and the message key saying why. */
    record FieldMessage(String field, String key) {}

    DeadlinePreviewPage(DeadlineCalculator calculator, PctTimeLimits limits, Clock clock) {
        this.calculator = calculator;
        this.limits = limits;
        this.clock = clock;
    }

    @GetMapping("/deadline-preview")
    ModelAndView preview(@RequestParam(required = false) String office,
            @RequestParam(required = false) String priorityDate, @RequestParam(defaultValue = "I") String chapter,
            Model model) {
        model.addAttribute("offices", limits.offices().stream().map(PctTimeLimits.OfficeLimits::office)
                .sorted(Comparator.comparing(o -> o.code())).toList());
        model.addAttribute("office", office);
        model.addAttribute("priorityDate", priorityDate);
        model.addAttribute("chapter", "II".equals(chapter) ? "II" : "I");
        ModelAndView page = new ModelAndView("docketing/deadline-preview", model.asMap());
        if (office == null && priorityDate == null) {
            return page;
        }
        List<FieldMessage> errors = new ArrayList<>();
        LocalDate date = null;
        if (office == null || office.isBlank()) {
            errors.add(new FieldMessage("office", "form.required"));
        }
        if (priorityDate == null || priorityDate.isBlank()) {
            errors.add(new FieldMessage("priorityDate", "form.required"));
        } else {
            try {
                date = LocalDate.parse(priorityDate.trim(), ISO);
                if (!DateRange.PUBLICATION.contains(date, LocalDate.now(clock))) {
                    errors.add(new FieldMessage("priorityDate", "DateIn"));
                    date = null;
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldMessage("priorityDate", "typeMismatch.java.time.LocalDate"));
            }
        }
        if (errors.isEmpty()) {
            try {
                model.addAttribute("entry", calculator.nationalPhaseEntry(office.trim().toUpperCase(Locale.ROOT),
                        date, PctChapter.valueOf(page.getModel().get("chapter").toString())));
            } catch (UnknownOfficeException e) {
                errors.add(new FieldMessage("office", "preview.unknownOffice"));
            }
        }
        page.addAllObjects(model.asMap());
        if (!errors.isEmpty()) {
            page.addObject("errors", errors);
            page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return page;
    }
}
