package org.tto.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.CountryRepository;
import org.tto.institution.Institution;
import org.tto.institution.InstitutionRepository;
import org.tto.programme.IndicatorDefinition.Measure;
import org.tto.programme.IndicatorTarget.Kind;
import org.tto.programme.IndicatorTarget.ScopeKind;
import org.tto.institution.Region;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;

/**
 * What people enter for the programme's indicators: the values of entered indicators (with evidence), targets and
 * baselines (every change kept with its reason), and the exchange rates that turn money into US dollars.
 */
@Service
@Transactional
public class ProgrammeData {

    private final IndicatorDefinitions definitions;
    private final IndicatorEntryRepository entries;
    private final IndicatorTargetRepository targets;
    private final TargetRevisionRepository revisions;
    private final ExchangeRateRepository rates;
    private final InstitutionRepository institutions;
    private final CountryRepository countries;
    private final PeriodLock periods;
    private final Clock clock;

    public ProgrammeData(IndicatorDefinitions definitions, IndicatorEntryRepository entries,
            IndicatorTargetRepository targets, TargetRevisionRepository revisions, ExchangeRateRepository rates,
            InstitutionRepository institutions, CountryRepository countries, PeriodLock periods, Clock clock) {
        this.definitions = definitions;
        this.entries = entries;
        this.targets = targets;
        this.revisions = revisions;
        this.rates = rates;
        this.institutions = institutions;
        this.countries = countries;
        this.periods = periods;
        this.clock = clock;
    }

    /** A value of an entered measure; {@code institution} for an institution's indicator, else null (a country's). */
    public record EnterValue(String indicator, String measure, String country, String institution, int year,
            BigDecimal numerator, BigDecimal denominator, String evidence, Long version) {}

    /** A target or baseline of a measure for a scope and a year; a change of an existing one needs a reason. */
    public record SetTarget(Kind kind, String indicator, String measure, ScopeKind scopeKind, String scopeKey,
            int year, BigDecimal value, String source, String reason, Long version) {}

    // entered values ------------------------------------------------------------------------------------------------

    public IndicatorEntry enter(Actor actor, EnterValue value) {
        IndicatorDefinition definition = definitions.current(value.indicator());
        if (definition.method() != IndicatorDefinition.Method.ENTERED) {
            throw new InvalidInputException("indicator", value.indicator() + " is computed from the records; it is "
                    + "not entered.");
        }
        Measure measure = requireMeasure(definition, value.measure());
        String country;
        Long institutionId = null;
        if (definition.perInstitution()) {
            if (value.institution() == null) {
                throw new InvalidInputException("institution", value.indicator() + " is entered per institution.");
            }
            Institution institution = institutions.findByCode(value.institution())
                    .filter(i -> actor.canSee(i.id(), i.countryCode()))
                    .orElseThrow(() -> new NotFoundException("institution", value.institution()));
            if (!(actor.is(Role.COORDINATOR, Role.ADMIN) || actor.is(Role.DIRECTOR))) {
                throw new ForbiddenException("An institution's indicator values are entered by its director or the "
                        + "country's coordinator");
            }
            country = institution.countryCode();
            institutionId = institution.id();
        } else {
            if (value.institution() != null) {
                throw new InvalidInputException("institution", value.indicator() + " is entered per country, not "
                        + "per institution.");
            }
            country = requireCountry(actor, value.country());
            if (!actor.is(Role.COORDINATOR, Role.ADMIN)) {
                throw new ForbiddenException("A country's indicator values are entered by its coordinator");
            }
        }
        if (value.country() != null && !value.country().equals(country)) {
            throw new InvalidInputException("country", value.institution() + " is in " + country + ", not "
                    + value.country() + ".");
        }
        requireValues(measure, value.numerator(), value.denominator());
        if (value.year() < ReportingPeriods.FIRST_YEAR || value.year() > java.time.LocalDate.now(clock).getYear()) {
            throw new InvalidInputException("year", "Values are entered for a year from " + ReportingPeriods.FIRST_YEAR
                    + " to this year.");
        }
        periods.requireOpen(country, value.year());
        Long institution = institutionId;
        IndicatorEntry entry = entries.findByCountryCodeAndYearOrderByIdAsc(country, value.year()).stream()
                .filter(e -> e.indicatorCode().equals(definition.code()) && e.measureCode().equals(measure.code())
                        && Objects.equals(e.institutionId(), institution))
                .findFirst().orElse(null);
        if (entry == null) {
            entry = new IndicatorEntry(definition.code(), measure.code(), country, institution, value.year());
        } else {
            if (value.version() == null) {
                throw new InvalidInputException("version", "A value is already entered for this year; send its "
                        + "version as you read it to replace it.");
            }
            ConcurrentChangeException.requireCurrent("indicator value", entry.version(), value.version());
        }
        entry.enter(value.numerator(), value.denominator(), value.evidence(), actor.username(), Instant.now(clock));
        return entries.saveAndFlush(entry);
    }

    @Transactional(readOnly = true)
    public List<IndicatorEntry> entered(Actor actor, String countryCode, int year) {
        requireCountry(actor, countryCode);
        return entries.findByCountryCodeAndYearOrderByIdAsc(countryCode, year).stream()
                .filter(e -> e.institutionId() == null || actor.canSee(e.institutionId(), e.countryCode()))
                .toList();
    }

    static void requireValues(Measure measure, BigDecimal numerator, BigDecimal denominator) {
        if (numerator == null || numerator.signum() < 0) {
            throw new InvalidInputException("numerator", "The value is a number, zero or more.");
        }
        if (!measure.ratio()) {
            if (denominator != null) {
                throw new InvalidInputException("denominator", measure.code() + " is a count: it has no "
                        + "denominator.");
            }
            return;
        }
        if (denominator == null || denominator.signum() <= 0) {
            throw new InvalidInputException("denominator", measure.code() + " is a ratio: give its denominator, "
                    + "more than zero.");
        }
        if (measure.factor().compareTo(BigDecimal.valueOf(100)) == 0 && numerator.compareTo(denominator) > 0) {
            throw new InvalidInputException("numerator", measure.code() + " is a share: the numerator is at most "
                    + "the denominator.");
        }
    }

    // targets and baselines -----------------------------------------------------------------------------------------

    public IndicatorTarget setTarget(Actor actor, SetTarget set) {
        IndicatorDefinition definition = definitions.current(set.indicator());
        Measure measure = requireMeasure(definition, set.measure());
        requireTargetScope(actor, set.scopeKind(), set.scopeKey());
        if (set.value() == null || set.value().signum() < 0) {
            throw new InvalidInputException("value", "A target or baseline is a number, zero or more.");
        }
        if (measure.ratio() && measure.factor().compareTo(BigDecimal.valueOf(100)) == 0
                && set.value().compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new InvalidInputException("value", measure.code() + " is a percentage: at most 100.");
        }
        Instant now = Instant.now(clock);
        IndicatorTarget target = targets.findByKindAndIndicatorCodeAndMeasureCodeAndScopeKindAndScopeKeyAndYear(
                set.kind(), definition.code(), measure.code(), set.scopeKind(), set.scopeKey(), set.year())
                .orElse(null);
        if (target == null) {
            return targets.saveAndFlush(new IndicatorTarget(set.kind(), definition.code(), measure.code(),
                    set.scopeKind(), set.scopeKey(), set.year(), set.value(), set.source(), actor.username(), now));
        }
        if (set.version() == null) {
            throw new InvalidInputException("version", "This " + set.kind().name().toLowerCase() + " is already set; "
                    + "send its version as you read it to revise it.");
        }
        ConcurrentChangeException.requireCurrent("target", target.version(), set.version());
        if (set.reason() == null || set.reason().isBlank()) {
            throw new InvalidInputException("reason", "A revised " + set.kind().name().toLowerCase() + " keeps the "
                    + "original; say why it changes.");
        }
        revisions.save(new TargetRevision(target.id(), target.value(), set.value(), set.reason(), actor.username(),
                now));
        target.revise(set.value(), set.source(), actor.username(), now);
        targets.flush();
        return target;
    }

    @Transactional(readOnly = true)
    public List<IndicatorTarget> targetsOf(Actor actor, String indicator) {
        requireReader(actor);
        IndicatorDefinition definition = definitions.current(indicator);
        return targets.findByIndicatorCodeOrderByKindAscScopeKindAscScopeKeyAscYearAsc(definition.code()).stream()
                .filter(t -> visible(actor, t)).toList();
    }

    @Transactional(readOnly = true)
    public List<TargetRevision> revisionsOf(Actor actor, long targetId) {
        IndicatorTarget target = targets.findById(targetId).filter(t -> visible(actor, t))
                .orElseThrow(() -> new NotFoundException("target", targetId));
        return revisions.findByTargetIdOrderByIdAsc(target.id());
    }

    private void requireTargetScope(Actor actor, ScopeKind kind, String key) {
        switch (kind) {
            case PROGRAMME -> {
                if (!"*".equals(key)) {
                    throw new InvalidInputException("scopeKey", "The programme's key is *.");
                }
            }
            case REGION -> {
                try {
                    Region.valueOf(key);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("scopeKey", "Not a region: " + key + ".");
                }
            }
            case COUNTRY -> requireCountry(actor, key);
            case INSTITUTION -> institutions.findByCode(key).filter(i -> actor.canSee(i.id(), i.countryCode()))
                    .orElseThrow(() -> new NotFoundException("institution", key));
        }
        boolean countryLevel = kind == ScopeKind.COUNTRY || kind == ScopeKind.INSTITUTION;
        if (!(actor.is(Role.REVIEWER, Role.ADMIN) || countryLevel && actor.is(Role.COORDINATOR))) {
            throw new ForbiddenException("Targets are set by programme reviewers, and for a country and its "
                    + "institutions by its coordinator");
        }
    }

    private boolean visible(Actor actor, IndicatorTarget t) {
        return switch (t.scopeKind()) {
            case PROGRAMME, REGION -> true;
            case COUNTRY -> actor.canSeeCountry(t.scopeKey());
            case INSTITUTION -> institutions.findByCode(t.scopeKey())
                    .map(i -> actor.canSee(i.id(), i.countryCode())).orElse(false);
        };
    }

    // exchange rates ------------------------------------------------------------------------------------------------

    public ExchangeRate enterRate(Actor actor, String currency, int year, BigDecimal usdPerUnit, String source) {
        if (!actor.is(Role.ADMIN)) {
            throw new ForbiddenException("Exchange rates are entered by an admin");
        }
        try {
            Currency.getInstance(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException("currency", "Not an ISO 4217 currency: " + currency + ".");
        }
        if ("USD".equals(currency)) {
            throw new InvalidInputException("currency", "US dollars need no rate.");
        }
        if (usdPerUnit == null || usdPerUnit.signum() <= 0) {
            throw new InvalidInputException("usdPerUnit", "A rate is more than zero.");
        }
        ExchangeRate rate = rates.findById(new ExchangeRate.Key(currency, year))
                .orElseGet(() -> new ExchangeRate(currency, year));
        rate.enter(usdPerUnit, source, actor.username(), Instant.now(clock));
        return rates.saveAndFlush(rate);
    }

    @Transactional(readOnly = true)
    public List<ExchangeRate> rates(Actor actor) {
        requireReader(actor);
        return rates.findAllByOrderByKeyCurrencyAscKeyYearAsc();
    }

    // ---------------------------------------------------------------------------------------------------------------

    private static Measure requireMeasure(IndicatorDefinition definition, String code) {
        Measure measure = definition.measure(code);
        if (measure == null) {
            throw new InvalidInputException("measure", definition.code() + " has no measure " + code + "; it has "
                    + definition.measures().stream().map(Measure::code).toList() + ".");
        }
        return measure;
    }

    private String requireCountry(Actor actor, String code) {
        if (code == null || !countries.existsById(code) || !actor.canSeeCountry(code)) {
            throw new NotFoundException("country", code);
        }
        requireReader(actor);
        return code;
    }

    private static void requireReader(Actor actor) {
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see programme indicators");
        }
    }
}
