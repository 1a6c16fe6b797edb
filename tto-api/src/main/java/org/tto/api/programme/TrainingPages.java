package org.tto.api.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.SmartValidator;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.FormCheck;
import org.tto.api.shared.PageErrors;
import org.tto.api.shared.PlainText;
import org.tto.api.shared.WebPage;
import org.tto.identity.Actor;
import org.tto.institution.InstitutionRepository;
import org.tto.shared.DateRange;
import org.tto.shared.InvalidInputException;
import org.tto.shared.RuleViolationException;
import org.tto.training.Sex;
import org.tto.training.TrainingCommands.Attendance;
import org.tto.training.TrainingCommands.EventDetails;
import org.tto.training.TrainingKind;
import org.tto.training.TrainingService;

/**
 * The coordinator's training events: those of the country in a year, and the form that records one with who took
 * part (by institution and sex), through the same service as the API.
 */
@WebPage
class TrainingPages {

    static final int ROWS = 4;
    /** The programmes a training event is run under, the most frequent first. */
    static final List<Integer> PROGRAMMES = List.of(9, 10, 11, 1, 16, 30);

    private final TrainingService training;
    private final InstitutionRepository institutions;
    private final SmartValidator validator;
    private final MessageSource messages;
    private final Clock clock;

    TrainingPages(TrainingService training, InstitutionRepository institutions, SmartValidator validator,
            MessageSource messages, Clock clock) {
        this.training = training;
        this.institutions = institutions;
        this.validator = validator;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/training")
    String events(Actor actor, @RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("events", training.list(actor, actor.countryCode(), y, y));
        model.addAttribute("year", y);
        return "programme/training";
    }

    @GetMapping("/training/new")
    String form(Actor actor, Model model) {
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", new TrainingForm());
        }
        model.addAttribute("kinds", TrainingKind.values());
        model.addAttribute("sexes", Sex.values());
        model.addAttribute("programmes", PROGRAMMES);
        model.addAttribute("institutions", institutions.findByCountryCodeOrderByCode(actor.countryCode()));
        return "programme/training-form";
    }

    @PostMapping("/training/new")
    Object record(Actor actor, @ModelAttribute TrainingForm trainingForm, BindingResult form, Model model,
            RedirectAttributes flash) {
        validator.validate(trainingForm, form);
        if (!form.hasErrors()) {
            try {
                var event = training.create(actor, actor.countryCode(), new EventDetails(trainingForm.getKind(),
                        trainingForm.getTitle().strip(), trainingForm.getProgramme(), trainingForm.getStartsOn(),
                        trainingForm.getEndsOn(), trainingForm.getTrainers().strip(), trainingForm.getInstitutions()));
                List<Attendance> lines = new ArrayList<>();
                for (Row row : trainingForm.getRows()) {
                    if (row.getParticipants() != null && row.getSex() != null) {
                        lines.add(new Attendance(FormCheck.blank(row.getInstitution()) ? null : row.getInstitution(),
                                row.getSex(), row.getParticipants()));
                    }
                }
                training.replaceParticipation(actor, event.event().id(), lines, event.event().version());
                flash.addFlashAttribute("notice", "training.recorded");
                return "redirect:/training?year=" + trainingForm.getStartsOn().getYear();
            } catch (InvalidInputException e) {
                FormCheck.reject(form, e);
            } catch (RuleViolationException e) {
                form.reject("rule", PageErrors.ruleMessage(messages, e));
            }
        }
        ModelAndView page = new ModelAndView(form(actor, model), model.asMap());
        page.setStatus(HttpStatus.UNPROCESSABLE_ENTITY);
        return page;
    }

    /** A training event as the coordinator fills it in, with up to {@link #ROWS} lines of participants. */
    public static class TrainingForm {

        @NotNull
        private TrainingKind kind;
        @NotBlank
        @Size(max = 300)
        @PlainText
        private String title;
        @NotNull
        private Integer programme = 9;
        @NotNull
        @DateIn(DateRange.SCHEDULED)
        private LocalDate startsOn;
        @NotNull
        @DateIn(DateRange.SCHEDULED)
        private LocalDate endsOn;
        @NotBlank
        @Size(max = 1000)
        @PlainText
        private String trainers;
        @Size(max = 100)
        private List<@Size(max = 16) String> institutions = new ArrayList<>();
        @Valid
        private List<Row> rows = new ArrayList<>(Stream.generate(Row::new).limit(ROWS).toList());

        public TrainingKind getKind() {
            return kind;
        }

        public void setKind(TrainingKind kind) {
            this.kind = kind;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public Integer getProgramme() {
            return programme;
        }

        public void setProgramme(Integer programme) {
            this.programme = programme;
        }

        public LocalDate getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(LocalDate startsOn) {
            this.startsOn = startsOn;
        }

        public LocalDate getEndsOn() {
            return endsOn;
        }

        public void setEndsOn(LocalDate endsOn) {
            this.endsOn = endsOn;
        }

        public String getTrainers() {
            return trainers;
        }

        public void setTrainers(String trainers) {
            this.trainers = trainers;
        }

        public List<String> getInstitutions() {
            return institutions;
        }

        public void setInstitutions(List<String> institutions) {
            this.institutions = institutions;
        }

        public List<Row> getRows() {
            return rows;
        }

        public void setRows(List<Row> rows) {
            this.rows = rows;
        }
    }

    /** How many of one sex came from one institution (none: from elsewhere). */
    public static class Row {

        @Size(max = 16)
        private String institution;
        private Sex sex;
        @Min(1)
        @Max(100_000)
        private Integer participants;

        public String getInstitution() {
            return institution;
        }

        public void setInstitution(String institution) {
            this.institution = institution;
        }

        public Sex getSex() {
            return sex;
        }

        public void setSex(Sex sex) {
            this.sex = sex;
        }

        public Integer getParticipants() {
            return participants;
        }

        public void setParticipants(Integer participants) {
            this.participants = participants;
        }
    }
}
