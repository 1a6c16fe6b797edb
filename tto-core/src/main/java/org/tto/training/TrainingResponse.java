package org.tto.training;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.tto.shared.InvalidInputException;

/**
 * One participant's survey of a training event: at its end (overall satisfaction 1 to 5, and any item scores) or at
 * the six-month follow-up (whether they apply the skills). Recorded once, never changed.
 */
@Entity
@Table(name = "training_response")
public class TrainingResponse {

    /** A follow-up is received at least this many months after the event ended (the six-month follow-up). */
    public static final int FOLLOW_UP_MONTHS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 12)
    private ResponseKind kind;

    @Column(name = "institution_id", updatable = false)
    private Long institutionId;

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false, updatable = false, length = 12)
    private Sex sex;

    @Column(name = "overall", updatable = false)
    private Integer overall;

    @Column(name = "applying_skills", updatable = false)
    private Boolean applyingSkills;

    @Column(name = "received_on", nullable = false, updatable = false)
    private LocalDate receivedOn;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 64)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @ElementCollection
    @CollectionTable(name = "training_response_item", joinColumns = @JoinColumn(name = "response_id"))
    @MapKeyColumn(name = "item", length = 100)
    @Column(name = "score", nullable = false)
    private Map<String, Integer> items = new TreeMap<>();

    protected TrainingResponse() {}

    /**
     * A response to {@code event}: an end-of-event one has {@code overall} and no {@code applyingSkills}; a follow-up
     * the reverse, received at least {@value #FOLLOW_UP_MONTHS} months after the event ended. Item scores are 1 to 5.
     */
    public TrainingResponse(TrainingEvent event, ResponseKind kind, Long institutionId, Sex sex, Integer overall,
            Boolean applyingSkills, LocalDate receivedOn, Map<String, Integer> items, String recordedBy,
            Instant recordedAt) {
        Objects.requireNonNull(kind, "kind");
        if (receivedOn == null) {
            throw new InvalidInputException("receivedOn", "Say on which day the response was received.");
        }
        if (kind == ResponseKind.END_OF_EVENT) {
            requireEndOfEvent(event, overall, applyingSkills, receivedOn);
        } else {
            requireFollowUp(event, overall, applyingSkills, receivedOn);
        }
        if (institutionId != null && !event.invites(institutionId)) {
            throw new InvalidInputException("institution", "Name an institution the event invited, or none for a "
                    + "participant from elsewhere.");
        }
        Map<String, Integer> scores = new TreeMap<>();
        (items == null ? Map.<String, Integer>of() : items).forEach((item, score) -> {
            if (item == null || item.isBlank() || item.strip().length() > 100) {
                throw new InvalidInputException("items", "Each item is named, in at most 100 characters.");
            }
            if (score == null || score < 1 || score > 5) {
                throw new InvalidInputException("items." + item.strip(), "An item's score is 1 to 5; was " + score
                        + ".");
            }
            if (scores.put(item.strip(), score) != null) {
                throw new InvalidInputException("items." + item.strip(), "This item is named twice.");
            }
        });
        this.eventId = Objects.requireNonNull(event.id(), "event id");
        this.kind = kind;
        this.institutionId = institutionId;
        this.sex = Objects.requireNonNull(sex, "sex");
        this.overall = overall;
        this.applyingSkills = applyingSkills;
        this.receivedOn = receivedOn;
        this.items.putAll(scores);
        this.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        this.recordedAt = Objects.requireNonNull(recordedAt, "recordedAt");
    }

    private static void requireEndOfEvent(TrainingEvent event, Integer overall, Boolean applyingSkills,
            LocalDate receivedOn) {
        if (overall == null || overall < 1 || overall > 5) {
            throw new InvalidInputException("overall", "An end-of-event response rates the event overall, 1 to 5"
                    + (overall == null ? "." : "; was " + overall + "."));
        }
        if (applyingSkills != null) {
            throw new InvalidInputException("applyingSkills", "Whether the participant applies the skills is asked "
                    + "at the six-month follow-up, not at the end of the event.");
        }
        if (receivedOn.isBefore(event.startsOn())) {
            throw new InvalidInputException("receivedOn", "An end-of-event response is received once the event has "
                    + "started (" + event.startsOn() + "); was " + receivedOn + ".");
        }
    }

    private static void requireFollowUp(TrainingEvent event, Integer overall, Boolean applyingSkills,
            LocalDate receivedOn) {
        if (applyingSkills == null) {
            throw new InvalidInputException("applyingSkills", "A follow-up response says whether the participant "
                    + "applies the skills.");
        }
        if (overall != null) {
            throw new InvalidInputException("overall", "The overall rating is asked at the end of the event, not at "
                    + "the follow-up.");
        }
        LocalDate earliest = event.endsOn().plusMonths(FOLLOW_UP_MONTHS);
        if (receivedOn.isBefore(earliest)) {
            throw new InvalidInputException("receivedOn", "A follow-up response is the six-month follow-up: it is "
                    + "received at least " + FOLLOW_UP_MONTHS + " months after the event ended (" + event.endsOn()
                    + "), on or after " + earliest + "; was " + receivedOn + ".");
        }
    }

    public Long id() {
        return id;
    }

    public Long eventId() {
        return eventId;
    }

    public ResponseKind kind() {
        return kind;
    }

    /** The invited institution the respondent came from; empty when they came from elsewhere. */
    public Optional<Long> institutionId() {
        return Optional.ofNullable(institutionId);
    }

    public Sex sex() {
        return sex;
    }

    /** The overall rating, 1 to 5, of an end-of-event response. */
    public Optional<Integer> overall() {
        return Optional.ofNullable(overall);
    }

    /** Whether the respondent applies the skills, in a follow-up response. */
    public Optional<Boolean> applyingSkills() {
        return Optional.ofNullable(applyingSkills);
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public Instant recordedAt() {
        return recordedAt;
    }

    /** Item scores, 1 to 5, by item name. */
    public Map<String, Integer> items() {
        return Collections.unmodifiableMap(items);
    }
}
