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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.tto.shared.InvalidInputException;

/**
 * A capacity-building event held in a country for the institutions it invited, with how many took part by
 * institution and sex. It feeds the training indicator of the period it starts in.
 */
@Entity
@Table(name = "training_event")
public class TrainingEvent {

    /** The WIPO programmes a training event may be run under. */
    public static final Set<Integer> PROGRAMMES = Set.of(1, 9, 10, 11, 16, 30);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private TrainingKind kind;

    @Column(name = "title", nullable = false, length = 300)
    private String title;

    @Column(name = "country_code", nullable = false, updatable = false, length = 2)
    private String countryCode;

    @Column(name = "programme", nullable = false)
    private int programme;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "trainers", nullable = false, length = 1000)
    private String trainers;

    @Column(name = "created_by", nullable = false, updatable = false, length = 64)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @ElementCollection
    @CollectionTable(name = "training_event_institution", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "institution_id", nullable = false)
    private Set<Long> institutionIds = new HashSet<>();

    /** A bag: changed as a whole (deleted and inserted again), as its rows have no key of their own. */
    @ElementCollection
    @CollectionTable(name = "training_participation", joinColumns = @JoinColumn(name = "event_id"))
    private List<Participation> participation = new ArrayList<>();

    protected TrainingEvent() {}

    public TrainingEvent(String countryCode, TrainingKind kind, String title, int programme, LocalDate startsOn,
            LocalDate endsOn, String trainers, Set<Long> institutionIds, String createdBy, Instant createdAt) {
        this.countryCode = Objects.requireNonNull(countryCode, "countryCode");
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        change(kind, title, programme, startsOn, endsOn, trainers, institutionIds);
    }

    /** Changes what the event is; the participation must still name only institutions it invites. */
    public void change(TrainingKind kind, String title, int programme, LocalDate startsOn, LocalDate endsOn,
            String trainers, Set<Long> institutionIds) {
        if (!PROGRAMMES.contains(programme)) {
            throw new InvalidInputException("programme", "A training event is run under programme 1, 9, 10, 11, 16 "
                    + "or 30; was " + programme + ".");
        }
        if (startsOn == null || endsOn == null) {
            throw new InvalidInputException(startsOn == null ? "startsOn" : "endsOn", "A training event has the day "
                    + "it starts and the day it ends.");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new InvalidInputException("endsOn", "A training event ends on or after the day it starts ("
                    + startsOn + "); was " + endsOn + ".");
        }
        for (Participation p : participation) {
            if (p.institutionId() != null && !institutionIds.contains(p.institutionId())) {
                throw new InvalidInputException("institutions", "People from an institution left out here took "
                        + "part in the event; replace the participation first.");
            }
        }
        this.kind = Objects.requireNonNull(kind, "kind");
        this.title = required("title", title);
        this.programme = programme;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.trainers = required("trainers", trainers);
        if (!this.institutionIds.equals(institutionIds)) {
            this.institutionIds.clear();
            this.institutionIds.addAll(institutionIds);
        }
    }

    /**
     * Replaces who took part: each line an invited institution (or none: from elsewhere) and a sex, with at least
     * one participant, each institution and sex at most once.
     */
    public void replaceParticipation(List<Participation> lines) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Participation line = lines.get(i);
            String field = "participation[" + i + "]";
            if (line.participants() < 1) {
                throw new InvalidInputException(field + ".participants", "At least one participant; was "
                        + line.participants() + ".");
            }
            if (line.institutionId() != null && !institutionIds.contains(line.institutionId())) {
                throw new InvalidInputException(field + ".institution", "Name an institution the event invited, or "
                        + "none for people from elsewhere.");
            }
            if (!seen.add(line.institutionId() + "/" + line.sex())) {
                throw new InvalidInputException(field, "Each institution and sex once: this line repeats an "
                        + "earlier one.");
            }
        }
        participation.clear();
        participation.addAll(lines);
    }

    /** Whether the event invited this institution. */
    public boolean invites(Long institutionId) {
        return institutionIds.contains(institutionId);
    }

    private static String required(String field, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException(field, "Must not be blank.");
        }
        return text.strip();
    }

    public Long id() {
        return id;
    }

    public TrainingKind kind() {
        return kind;
    }

    public String title() {
        return title;
    }

    public String countryCode() {
        return countryCode;
    }

    public int programme() {
        return programme;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String trainers() {
        return trainers;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }

    public Set<Long> institutionIds() {
        return Collections.unmodifiableSet(institutionIds);
    }

    public List<Participation> participation() {
        return Collections.unmodifiableList(participation);
    }

    /** Everybody who took part. */
    public int participants() {
        return participation.stream().mapToInt(Participation::participants).sum();
    }
}
