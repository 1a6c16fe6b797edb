package org.tto.training;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.util.Objects;

/**
 * How many people of one sex took part in a training event from one invited institution ({@code institutionId}), or
 * from outside the invited institutions (null).
 */
@Embeddable
public class Participation {

    @Column(name = "institution_id")
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, length = 12)
    private Sex sex;

    @Column(name = "participants", nullable = false)
    private int participants;

    protected Participation() {}

    public Participation(Long institutionId, Sex sex, int participants) {
        this.institutionId = institutionId;
        this.sex = Objects.requireNonNull(sex, "sex");
        this.participants = participants;
    }

    /** The invited institution they came from; null when they came from elsewhere. */
    public Long institutionId() {
        return institutionId;
    }

    public Sex sex() {
        return sex;
    }

    public int participants() {
        return participants;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Participation p && Objects.equals(institutionId, p.institutionId) && sex == p.sex
                && participants == p.participants;
    }

    @Override
    public int hashCode() {
        return Objects.hash(institutionId, sex, participants);
    }
}
