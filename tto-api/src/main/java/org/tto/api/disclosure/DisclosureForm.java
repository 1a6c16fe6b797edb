package org.tto.api.disclosure;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;
import org.tto.api.shared.DateIn;
import org.tto.api.shared.FormCheck;
import org.tto.api.shared.PlainText;
import org.tto.disclosure.Commands;
import org.tto.disclosure.PublicDisclosureKind;
import org.tto.shared.DateRange;

/**
 * The disclosure form of the pages, as the browser sends it (rows of inventors, funding and public disclosures), with
 * the same limits as the API's request. Kept in hidden fields between the form and the "check your answers" step, so
 * nothing is held on the server until the inventor submits.
 */
public class DisclosureForm {

    /** An inventor and their contribution share. */
    public static class InventorRow {

        @NotBlank
        @Size(max = 200)
        @PlainText
        private String name;
        @NotBlank
        @Email
        @Size(max = 254)
        @PlainText
        private String email;
        @NotBlank
        @Size(max = 200)
        @PlainText
        private String affiliation;
        @NotNull
        @DecimalMin(value = "0", inclusive = false)
        @DecimalMax("100")
        @Digits(integer = 3, fraction = 4)
        private BigDecimal sharePercent;
        @Size(max = 64)
        @PlainText
        private String username;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getEmail() {
            return email;
        }

        public void setEmail(String email) {
            this.email = email;
        }

        public String getAffiliation() {
            return affiliation;
        }

        public void setAffiliation(String affiliation) {
            this.affiliation = affiliation;
        }

        public BigDecimal getSharePercent() {
            return sharePercent;
        }

        public void setSharePercent(BigDecimal sharePercent) {
            this.sharePercent = sharePercent;
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        boolean isEmpty() {
            return FormCheck.blank(name) && FormCheck.blank(email) && FormCheck.blank(affiliation)
                    && sharePercent == null && FormCheck.blank(username);
        }

    }

    /** A source of funding behind the invention (its sponsor may hold rights). */
    public static class FundingRow {

        @NotBlank
        @Size(max = 200)
        @PlainText
        private String sponsor;
        @Size(max = 100)
        @PlainText
        private String grantId;
        @Size(max = 2000)
        @PlainText(multiLine = true)
        private String obligations;

        public String getSponsor() {
            return sponsor;
        }

        public void setSponsor(String sponsor) {
            this.sponsor = sponsor;
        }

        public String getGrantId() {
            return grantId;
        }

        public void setGrantId(String grantId) {
            this.grantId = grantId;
        }

        public String getObligations() {
            return obligations;
        }

        public void setObligations(String obligations) {
            this.obligations = obligations;
        }

        boolean isEmpty() {
            return FormCheck.blank(sponsor) && FormCheck.blank(grantId) && FormCheck.blank(obligations);
        }

    }

    /** A past or planned public disclosure (a paper, a talk, a thesis...). */
    public static class PublicDisclosureRow {

        @NotNull
        @DateIn(DateRange.PUBLICATION)
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate date;
        @NotNull
        private PublicDisclosureKind kind;
        @NotBlank
        @Size(max = 1000)
        @PlainText(multiLine = true)
        private String description;

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public PublicDisclosureKind getKind() {
            return kind;
        }

        public void setKind(PublicDisclosureKind kind) {
            this.kind = kind;
        }

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        boolean isEmpty() {
            return date == null && kind == null && FormCheck.blank(description);
        }

    }

    @NotBlank
    @Size(max = 300)
    @PlainText
    private String title;
    @NotBlank
    @Size(max = 2000)
    @PlainText(multiLine = true)
    private String summary;
    @NotBlank
    @Size(max = 8000)
    @PlainText(multiLine = true)
    private String confidentialDescription;
    @Size(max = 500)
    @PlainText
    private String keywords;
    @NotNull
    @Min(1)
    @Max(9)
    private Integer trl;
    @Valid
    @Size(min = 1, max = 50)
    private List<InventorRow> inventors = new ArrayList<>();
    @Valid
    @Size(max = 50)
    private List<FundingRow> funding = new ArrayList<>();
    @Valid
    @Size(max = 100)
    private List<PublicDisclosureRow> publicDisclosures = new ArrayList<>();
    @NotBlank
    @Size(max = 64)
    private String token;

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getConfidentialDescription() {
        return confidentialDescription;
    }

    public void setConfidentialDescription(String confidentialDescription) {
        this.confidentialDescription = confidentialDescription;
    }

    public String getKeywords() {
        return keywords;
    }

    public void setKeywords(String keywords) {
        this.keywords = keywords;
    }

    public Integer getTrl() {
        return trl;
    }

    public void setTrl(Integer trl) {
        this.trl = trl;
    }

    public List<InventorRow> getInventors() {
        return inventors;
    }

    public void setInventors(List<InventorRow> inventors) {
        this.inventors = inventors;
    }

    public List<FundingRow> getFunding() {
        return funding;
    }

    public void setFunding(List<FundingRow> funding) {
        this.funding = funding;
    }

    public List<PublicDisclosureRow> getPublicDisclosures() {
        return publicDisclosures;
    }

    public void setPublicDisclosures(List<PublicDisclosureRow> publicDisclosures) {
        this.publicDisclosures = publicDisclosures;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }




    /**
     * Drops the empty rows at the end of each list (the blank row the form offers for another entry), unless the
     * browser sent something there that could not be read (a date that is no date leaves the field empty too).
     */
    void dropTrailingEmptyRows(Errors errors) {
        dropTrailing(inventors, "inventors", InventorRow::isEmpty, errors);
        dropTrailing(funding, "funding", FundingRow::isEmpty, errors);
        dropTrailing(publicDisclosures, "publicDisclosures", PublicDisclosureRow::isEmpty, errors);
    }

    private static <T> void dropTrailing(List<T> rows, String name, Predicate<T> empty, Errors errors) {
        while (!rows.isEmpty() && empty.test(rows.get(rows.size() - 1))
                && !errors.hasFieldErrors(name + "[" + (rows.size() - 1) + "]*")) {
            rows.remove(rows.size() - 1);
        }
    }

    /** Removes one row: {@code inventors-2}, {@code funding-0}, {@code publicDisclosures-1}. */
    void remove(String row) {
        int dash = row.lastIndexOf('-');
        if (dash < 0) {
            return;
        }
        List<?> rows = switch (row.substring(0, dash)) {
            case "inventors" -> inventors;
            case "funding" -> funding;
            case "publicDisclosures" -> publicDisclosures;
            default -> List.of();
        };
        try {
            int index = Integer.parseInt(row.substring(dash + 1));
            if (index >= 0 && index < rows.size()) {
                rows.remove(index);
            }
        } catch (NumberFormatException ignored) {
            // not a row of this form: nothing to remove
        }
    }

    /** The sum of the shares given (rows without a share count nothing). */
    public BigDecimal shareTotal() {
        return inventors.stream().map(InventorRow::getSharePercent).filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    Commands.SubmitDisclosure toCommand() {
        return new Commands.SubmitDisclosure(title.trim(), summary.trim(), confidentialDescription.trim(),
                FormCheck.blank(keywords) ? null : keywords.trim(), trl,
                inventors.stream().map(i -> new Commands.NewInventor(i.name.trim(), i.email.trim(),
                        i.affiliation.trim(), i.sharePercent, FormCheck.blank(i.username) ? null : i.username.trim()))
                        .toList(),
                funding.stream().map(f -> new Commands.NewFunding(f.sponsor.trim(), FormCheck.blank(f.grantId) ? null
                        : f.grantId.trim(), FormCheck.blank(f.obligations) ? null : f.obligations.trim())).toList(),
                publicDisclosures.stream().map(p -> new Commands.NewPublicDisclosure(p.date, p.kind,
                        p.description.trim())).toList());
    }
}
