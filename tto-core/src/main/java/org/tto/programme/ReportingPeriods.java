package org.tto.programme;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.CountryRepository;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.ForbiddenException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * Period approval: the coordinator submits a country's year, a reviewer approves it (locking it) or returns it with
 * a comment; a reviewer unlocks an approved year with a reason. Every write of a record that feeds a period's
 * indicators asks {@link #requireOpen} first.
 */
@Service
@Transactional
public class ReportingPeriods implements PeriodLock {

    public static final int FIRST_YEAR = 2000;

    private final ReportingPeriodRepository periods;
    private final CountryRepository countries;
    private final Clock clock;

    public ReportingPeriods(ReportingPeriodRepository periods, CountryRepository countries, Clock clock) {
        this.periods = periods;
        this.countries = countries;
        this.clock = clock;
    }

    /** The period as it stands; a period nobody touched yet is OPEN (and not stored). */
    @Transactional(readOnly = true)
    public ReportingPeriod get(Actor actor, String countryCode, int year) {
        requireRead(actor, countryCode);
        requireYear(year);
        return periods.findByCountryCodeAndYear(countryCode, year)
                .orElseGet(() -> new ReportingPeriod(countryCode, year));
    }

    /**
     * The years {@code fromYear} to {@code toYear} of every country in the caller's scope, most recent first, the
     * ones nobody touched yet as OPEN (not stored); one query for them all.
     */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> years(Actor actor, int fromYear, int toYear) {
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see reporting periods");
        }
        Map<String, ReportingPeriod> stored = new HashMap<>();
        periods.findByYearBetween(fromYear, toYear).forEach(p -> stored.put(p.countryCode() + "/" + p.year(), p));
        List<ReportingPeriod> years = new ArrayList<>();
        countries.findAll().stream().map(c -> c.code()).filter(actor::canSeeCountry).sorted().forEach(code -> {
            for (int y = toYear; y >= fromYear; y--) {
                ReportingPeriod period = stored.get(code + "/" + y);
                years.add(period != null ? period : new ReportingPeriod(code, y));
            }
        });
        return years;
    }

    /** The reviewers' queue: every submitted period, the oldest submission first. */
    @Transactional(readOnly = true)
    public List<ReportingPeriod> awaitingApproval(Actor actor) {
        if (!actor.is(Role.REVIEWER, Role.ADMIN)) {
            throw new ForbiddenException("The queue of periods awaiting approval is for programme reviewers");
        }
        List<ReportingPeriod> queue = periods.findByStatusOrderBySubmittedAtAsc(ReportingPeriod.Status.SUBMITTED);
        queue.forEach(p -> p.events().size());
        return queue;
    }

    public ReportingPeriod submit(Actor actor, String countryCode, int year, Long version) {
        requireRead(actor, countryCode);
        if (!actor.is(Role.COORDINATOR, Role.ADMIN)) {
            throw new ForbiddenException("Only the country's coordinator submits its reporting period");
        }
        requireYear(year);
        if (year > LocalDate.now(clock).getYear()) {
            throw new InvalidInputException("year", "A year is submitted once it has begun; " + year
                    + " has not.");
        }
        ReportingPeriod period = periods.findByCountryCodeAndYear(countryCode, year)
                .orElseGet(() -> periods.save(new ReportingPeriod(countryCode, year)));
        if (period.id() != null && version != null) {
            ConcurrentChangeException.requireCurrent("reporting period", period.version(), version);
        }
        period.submit(actor.username(), now());
        periods.flush();
        return period;
    }

    public ReportingPeriod approve(Actor actor, String countryCode, int year, String comment, long version) {
        ReportingPeriod period = forDecision(actor, countryCode, year, version);
        period.approve(actor.username(), now(), comment);
        periods.flush();
        return period;
    }

    public ReportingPeriod giveBack(Actor actor, String countryCode, int year, String comment, long version) {
        if (comment == null || comment.isBlank()) {
            throw new InvalidInputException("comment", "Say what the coordinator should correct.");
        }
        ReportingPeriod period = forDecision(actor, countryCode, year, version);
        period.giveBack(actor.username(), now(), comment);
        periods.flush();
        return period;
    }

    public ReportingPeriod unlock(Actor actor, String countryCode, int year, String reason, long version) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "An approved period is unlocked for a reason; give it.");
        }
        ReportingPeriod period = forDecision(actor, countryCode, year, version);
        period.unlock(actor.username(), now(), reason);
        periods.flush();
        return period;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireOpen(String countryCode, LocalDate date) {
        if (date != null) {
            requireOpen(countryCode, date.getYear());
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireOpen(String countryCode, int year) {
        periods.findForWrite(countryCode, year).filter(ReportingPeriod::locked).ifPresent(p -> {
            throw new RuleViolationException("period-locked", "The reporting period " + p + " was approved by "
                    + p.decidedBy() + " and is locked; a reviewer must unlock it, with a reason, before it changes.");
        });
    }

    private ReportingPeriod forDecision(Actor actor, String countryCode, int year, long version) {
        requireRead(actor, countryCode);
        if (!actor.is(Role.REVIEWER, Role.ADMIN)) {
            throw new ForbiddenException("Only a programme reviewer approves, returns or unlocks a reporting period");
        }
        ReportingPeriod period = periods.findByCountryCodeAndYear(countryCode, year)
                .orElseThrow(() -> new NotFoundException("reporting period", countryCode + " " + year));
        ConcurrentChangeException.requireCurrent("reporting period", period.version(), version);
        return period;
    }

    private void requireRead(Actor actor, String countryCode) {
        if (countryCode == null || !countries.existsById(countryCode) || !actor.canSeeCountry(countryCode)) {
            throw new NotFoundException("country", countryCode);
        }
        if (actor.is(Role.INVENTOR)) {
            throw new ForbiddenException("Inventors do not see reporting periods");
        }
    }

    private static void requireYear(int year) {
        if (year < FIRST_YEAR || year > 2100) {
            throw new InvalidInputException("year", "A reporting year is from " + FIRST_YEAR + " to 2100.");
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }
}
