package org.tto.training;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.programme.PeriodLock;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.DateRange;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.training.TrainingCommands.Attendance;
import org.tto.training.TrainingCommands.EventDetails;
import org.tto.training.TrainingCommands.NewResponse;

/**
 * Training events, who took part and their surveys, scoped by the acting user ({@link TrainingAccess}). Every write
 * first asks the {@link PeriodLock} whether the reporting period of the event's start is still open.
 */
@Service
@Transactional
public class TrainingService {

    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final TrainingEventRepository events;
    private final TrainingResponseRepository responses;
    private final InstitutionRepository institutions;
    private final CountryRepository countries;
    private final PeriodLock periods;
    private final Clock clock;

    public TrainingService(TrainingEventRepository events, TrainingResponseRepository responses,
            InstitutionRepository institutions, CountryRepository countries, PeriodLock periods, Clock clock) {
        this.events = events;
        this.responses = responses;
        this.institutions = institutions;
        this.countries = countries;
        this.periods = periods;
        this.clock = clock;
    }

    /** An event with its institutions and participation told by institution code, all loaded. */
    public record EventView(TrainingEvent event, List<String> institutions, List<Attendance> participation) {}

    /** A survey response with the respondent's institution code (null: from elsewhere). */
    public record ResponseView(TrainingResponse response, String institution) {}

    // --- queries --------------------------------------------------------------------------------------------------

    @Transactional(readOnly = true)
    public EventView get(Actor actor, long eventId) {
        TrainingEvent event = find(eventId);
        TrainingAccess.requireRead(actor, event.countryCode(), "training event", eventId);
        return views(List.of(event)).get(0);
    }

    /**
     * The events of a country (the actor's own when {@code countryCode} is null) that start in the years
     * {@code fromYear} to {@code toYear} (either may be left out), by start.
     */
    @Transactional(readOnly = true)
    public List<EventView> list(Actor actor, String countryCode, Integer fromYear, Integer toYear) {
        String country = countryCode != null ? countryCode : actor.countryCode();
        if (country == null) {
            throw new InvalidInputException("country", "Name the country (its ISO code, e.g. KE).");
        }
        TrainingAccess.requireRead(actor, country, "country", country);
        if (fromYear != null && toYear != null && fromYear > toYear) {
            throw new InvalidInputException("to", "The last year comes on or after the first (" + fromYear
                    + "); was " + toYear + ".");
        }
        LocalDate from = fromYear == null ? DateRange.EARLIEST : LocalDate.of(fromYear, 1, 1);
        LocalDate to = toYear == null ? LATEST : LocalDate.of(toYear, 12, 31);
        return views(events.findByCountryCodeAndStartsOnBetweenOrderByStartsOnAscIdAsc(country, from, to));
    }

    @Transactional(readOnly = true)
    public List<ResponseView> responses(Actor actor, long eventId) {
        TrainingEvent event = find(eventId);
        TrainingAccess.requireRead(actor, event.countryCode(), "training event", eventId);
        List<TrainingResponse> found = responses.findByEventIdOrderByReceivedOnAscIdAsc(event.id());
        Map<Long, String> codes = codes(found.stream().map(r -> r.institutionId().orElse(null)).toList());
        return found.stream().map(r -> {
            r.items().size();
            return new ResponseView(r, r.institutionId().map(codes::get).orElse(null));
        }).toList();
    }

    // --- commands -------------------------------------------------------------------------------------------------

    public EventView create(Actor actor, String countryCode, EventDetails details) {
        TrainingAccess.requireKeep(actor, countryCode, "country", countryCode);
        if (!countries.existsById(countryCode)) {
            throw new NotFoundException("country", countryCode);
        }
        lock(countryCode, details.startsOn());
        TrainingEvent event = new TrainingEvent(countryCode, details.kind(), details.title(), details.programme(),
                details.startsOn(), details.endsOn(), details.trainers(), invited(details.institutions()),
                actor.username(), clock.instant());
        return views(List.of(events.save(event))).get(0);
    }

    /** Changes an event, made on the version the caller read ({@code readVersion}; null: whatever is there). */
    public EventView change(Actor actor, long eventId, EventDetails details, Long readVersion) {
        TrainingEvent event = kept(actor, eventId);
        ConcurrentChangeException.requireCurrent("training event", event.version(), readVersion);
        lock(event.countryCode(), event.startsOn());
        lock(event.countryCode(), details.startsOn());
        event.change(details.kind(), details.title(), details.programme(), details.startsOn(), details.endsOn(),
                details.trainers(), invited(details.institutions()));
        events.flush();
        return views(List.of(event)).get(0);
    }

    /** Replaces who took part, on the version the caller read. */
    public EventView replaceParticipation(Actor actor, long eventId, List<Attendance> lines, Long readVersion) {
        TrainingEvent event = kept(actor, eventId);
        ConcurrentChangeException.requireCurrent("training event", event.version(), readVersion);
        lock(event.countryCode(), event.startsOn());
        List<Participation> participation = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Attendance line = lines.get(i);
            String field = "participation[" + i + "]";
            if (line.sex() == null) {
                throw new InvalidInputException(field + ".sex", "Say the participants' sex (NOT_RECORDED when it "
                        + "was not recorded).");
            }
            Long institutionId = line.institution() == null ? null
                    : institution(field + ".institution", line.institution()).id();
            participation.add(new Participation(institutionId, line.sex(), line.participants()));
        }
        event.replaceParticipation(participation);
        events.flush();
        return views(List.of(event)).get(0);
    }

    /** Records one participant's survey of the event. */
    public ResponseView recordResponse(Actor actor, long eventId, NewResponse response) {
        TrainingEvent event = kept(actor, eventId);
        lock(event.countryCode(), event.startsOn());
        Institution from = response.institution() == null ? null
                : institution("institution", response.institution());
        TrainingResponse recorded = responses.save(new TrainingResponse(event, response.kind(),
                from == null ? null : from.id(), response.sex(), response.overall(), response.applyingSkills(),
                response.receivedOn(), response.items(), actor.username(), clock.instant()));
        return new ResponseView(recorded, from == null ? null : from.code());
    }

    // --- helpers --------------------------------------------------------------------------------------------------

    private TrainingEvent find(long eventId) {
        return events.findById(eventId).orElseThrow(() -> new NotFoundException("training event", eventId));
    }

    private TrainingEvent kept(Actor actor, long eventId) {
        TrainingEvent event = find(eventId);
        TrainingAccess.requireKeep(actor, event.countryCode(), "training event", eventId);
        return event;
    }

    private void lock(String countryCode, LocalDate date) {
        if (date != null) {
            periods.requireOpen(countryCode, date);
        }
    }

    /** The invited institutions' ids: each code must name an institution, of any country. */
    private Set<Long> invited(List<String> codes) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            ids.add(institution("institutions", code).id());
        }
        return ids;
    }

    private Institution institution(String field, String code) {
        String normalised = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        return institutions.findByCode(normalised)
                .orElseThrow(() -> new InvalidInputException(field, "There is no institution " + normalised + "."));
    }

    private Map<Long, String> codes(Collection<Long> ids) {
        Set<Long> wanted = ids.stream().filter(id -> id != null).collect(Collectors.toSet());
        return institutions.findAllById(wanted).stream()
                .collect(Collectors.toMap(Institution::id, Institution::code));
    }

    /** Views leave the transaction: everything they show is loaded now (the API has no open session). */
    private List<EventView> views(List<TrainingEvent> found) {
        List<Long> ids = new ArrayList<>();
        found.forEach(e -> {
            ids.addAll(e.institutionIds());
            e.participation().forEach(p -> ids.add(p.institutionId()));
        });
        Map<Long, String> codes = codes(ids);
        Comparator<Attendance> order = Comparator.comparing(Attendance::institution,
                Comparator.nullsLast(Comparator.<String>naturalOrder())).thenComparing(Attendance::sex);
        return found.stream().map(e -> new EventView(e,
                e.institutionIds().stream().map(codes::get).sorted().toList(),
                e.participation().stream().map(p -> new Attendance(
                        p.institutionId() == null ? null : codes.get(p.institutionId()), p.sex(), p.participants()))
                        .sorted(order).toList()))
                .toList();
    }
}
