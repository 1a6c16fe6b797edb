package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The non-binding term sheet agreed with the prospect; the agreement is drafted from it and must match it. */
@Embeddable
public record TermSheet(
        @Column(name = "term_sheet_agreed_on") LocalDate agreedOn,
        @Enumerated(EnumType.STRING) @Column(name = "term_sheet_type", length = 20) AgreementType type,
        @Column(name = "term_sheet_field_of_use", length = 200) String fieldOfUse,
        @Column(name = "term_sheet_territory", length = 200) String territory,
        @Column(name = "term_sheet_summary", length = 4000) String summary) {}
