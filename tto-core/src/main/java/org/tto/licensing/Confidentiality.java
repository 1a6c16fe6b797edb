package org.tto.licensing;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;

/** The non-disclosure (NDA) or confidential-disclosure agreement (CDA) signed before confidential terms are shown. */
@Embeddable
public record Confidentiality(
        @Enumerated(EnumType.STRING) @Column(name = "confidentiality_kind", length = 3) Kind kind,
        @Column(name = "confidentiality_signed_on") LocalDate signedOn,
        @Column(name = "confidentiality_expires_on") LocalDate expiresOn,
        @Column(name = "confidentiality_reference", length = 200) String reference) {

    /** One-way or mutual: the TTO calls them NDA or CDA; both protect the case's confidential description. */
    public enum Kind {
        NDA,
        CDA
    }
}
