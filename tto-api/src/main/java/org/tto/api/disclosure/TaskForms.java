package org.tto.api.disclosure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.format.annotation.DateTimeFormat;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.PlainText;
import org.tto.disclosure.Assessment;
import org.tto.disclosure.ProtectionOutcome;
import org.tto.disclosure.PublicDisclosureKind;
import org.tto.disclosure.TriageOutcome;
import org.tto.docketing.FilingKind;
import org.tto.shared.DateRange;

/** The forms of the case's tasks on the pages, with the same limits as the API's task requests. */
final class TaskForms {

    private TaskForms() {}

    /** Office codes typed as one field ("US, EP JP"): upper-cased, in order, without repeats. */
    static Set<String> offices(String list) {
        return items(list, "[,;\\s]+").stream().map(code -> code.toUpperCase(Locale.ROOT))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Application numbers typed as one field, one a line or separated by ";" (a number may hold commas). */
    static Set<String> applicationNumbers(String list) {
        return items(list, "[;\\n\\r]+");
    }

    private static Set<String> items(String list, String separators) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(list.split(separators)).map(String::trim).filter(item -> !item.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** Triage: accept, ask the inventors for more, or reject. */
    public static class TriageForm {

        @NotNull
        private TriageOutcome outcome;
        @Size(max = 4000)
        @PlainText(multiLine = true)
        private String note;

        public TriageOutcome getOutcome() {
            return outcome;
        }

        public void setOutcome(TriageOutcome outcome) {
            this.outcome = outcome;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }

    }

    /** The inventors' answer, and a public disclosure they had not said (optional). */
    public static class AnswerForm {

        @NotBlank
        @Size(max = 4000)
        @PlainText(multiLine = true)
        private String answers;
        @DateIn(DateRange.PUBLICATION)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate publicDate;
        private PublicDisclosureKind publicKind;
        @Size(max = 1000)
        @PlainText(multiLine = true)
        private String publicDescription;

        public String getAnswers() {
            return answers;
        }

        public void setAnswers(String answers) {
            this.answers = answers;
        }

        public LocalDate getPublicDate() {
            return publicDate;
        }

        public void setPublicDate(LocalDate publicDate) {
            this.publicDate = publicDate;
        }

        public PublicDisclosureKind getPublicKind() {
            return publicKind;
        }

        public void setPublicKind(PublicDisclosureKind publicKind) {
            this.publicKind = publicKind;
        }

        public String getPublicDescription() {
            return publicDescription;
        }

        public void setPublicDescription(String publicDescription) {
            this.publicDescription = publicDescription;
        }

    }

    /** The IP assessment scorecard. */
    public static class AssessmentForm {

        @NotNull
        private Assessment.Novelty novelty;
        @Size(max = 4000)
        @PlainText(multiLine = true)
        private String priorArt;
        @NotNull
        @Min(1)
        @Max(5)
        private Integer inventiveStep;
        @NotNull
        @Min(1)
        @Max(5)
        private Integer industrialApplicability;
        @NotNull
        @Min(1)
        @Max(5)
        private Integer marketPotential;
        @NotNull
        @Min(1)
        @Max(9)
        private Integer trl;
        @NotNull
        private ProtectionOutcome recommendation;
        @Size(max = 4000)
        @PlainText(multiLine = true)
        private String comments;

        public Assessment.Novelty getNovelty() {
            return novelty;
        }

        public void setNovelty(Assessment.Novelty novelty) {
            this.novelty = novelty;
        }

        public String getPriorArt() {
            return priorArt;
        }

        public void setPriorArt(String priorArt) {
            this.priorArt = priorArt;
        }

        public Integer getInventiveStep() {
            return inventiveStep;
        }

        public void setInventiveStep(Integer inventiveStep) {
            this.inventiveStep = inventiveStep;
        }

        public Integer getIndustrialApplicability() {
            return industrialApplicability;
        }

        public void setIndustrialApplicability(Integer industrialApplicability) {
            this.industrialApplicability = industrialApplicability;
        }

        public Integer getMarketPotential() {
            return marketPotential;
        }

        public void setMarketPotential(Integer marketPotential) {
            this.marketPotential = marketPotential;
        }

        public Integer getTrl() {
            return trl;
        }

        public void setTrl(Integer trl) {
            this.trl = trl;
        }

        public ProtectionOutcome getRecommendation() {
            return recommendation;
        }

        public void setRecommendation(ProtectionOutcome recommendation) {
            this.recommendation = recommendation;
        }

        public String getComments() {
            return comments;
        }

        public void setComments(String comments) {
            this.comments = comments;
        }

    }

    /** The director's protection decision, with its reason. */
    public static class DecisionForm {

        @NotNull
        private ProtectionOutcome outcome;
        @NotBlank
        @Size(max = 4000)
        @PlainText(multiLine = true)
        private String reason;

        public ProtectionOutcome getOutcome() {
            return outcome;
        }

        public void setOutcome(ProtectionOutcome outcome) {
            this.outcome = outcome;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }

    }

    /** One filing: the office, the kind, its number and date, the earlier filings whose priority it claims and, for a PCT application, the offices where it will enter the national phase (both as lists). */
    public static class FilingRow {

        @NotBlank
        @Pattern(regexp = "[A-Za-z]{2}")
        private String office;
        @NotNull
        private FilingKind kind;
        @NotBlank
        @Size(max = 60)
        @PlainText
        private String applicationNumber;
        @NotNull
        @DateIn(DateRange.PAST)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate filingDate;
        @Size(max = 500)
        @PlainText(multiLine = true)
        private String priorityClaims;
        @Size(max = 500)
        @Pattern(regexp = "[A-Za-z]{2}([ ,;]+[A-Za-z]{2})*")
        private String targetOffices;

        public String getOffice() {
            return office;
        }

        public void setOffice(String office) {
            this.office = office;
        }

        public FilingKind getKind() {
            return kind;
        }

        public void setKind(FilingKind kind) {
            this.kind = kind;
        }

        public String getApplicationNumber() {
            return applicationNumber;
        }

        public void setApplicationNumber(String applicationNumber) {
            this.applicationNumber = applicationNumber;
        }

        public LocalDate getFilingDate() {
            return filingDate;
        }

        public void setFilingDate(LocalDate filingDate) {
            this.filingDate = filingDate;
        }

        public String getPriorityClaims() {
            return priorityClaims;
        }

        public void setPriorityClaims(String priorityClaims) {
            this.priorityClaims = priorityClaims;
        }

        public String getTargetOffices() {
            return targetOffices;
        }

        public void setTargetOffices(String targetOffices) {
            this.targetOffices = targetOffices;
        }

    }

    /** The filings of a case. */
    public static class FilingsForm {

        @Valid
        @Size(min = 1, max = 50)
        private List<FilingRow> filings = new ArrayList<>(List.of(new FilingRow()));

        public List<FilingRow> getFilings() {
            return filings;
        }

        public void setFilings(List<FilingRow> filings) {
            this.filings = filings;
        }

    }

    /** What was done about a novelty risk (a provisional filed first, the talk postponed). */
    public static class NoveltyActionForm {

        @NotBlank
        @Size(max = 4000)
        @PlainText(multiLine = true)
        private String action;

        public String getAction() {
            return action;
        }

        public void setAction(String action) {
            this.action = action;
        }

    }
}
