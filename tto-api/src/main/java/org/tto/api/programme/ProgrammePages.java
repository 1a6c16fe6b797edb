package org.tto.api.programme;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tto.api.shared.PageErrors;
import org.tto.api.shared.WebPage;
import org.tto.identity.Actor;
import org.tto.identity.Role;
import org.tto.institution.CountryRepository;
import org.tto.institution.Region;
import org.tto.programme.IndicatorDefinition.Dimension;
import org.tto.programme.PerformanceReport;
import org.tto.programme.ProgrammeView;
import org.tto.programme.ProgrammeView.Query;
import org.tto.programme.ReportingPeriod;
import org.tto.programme.ReportingPeriods;
import org.tto.shared.ConcurrentChangeException;
import org.tto.shared.InvalidInputException;
import org.tto.shared.NotFoundException;
import org.tto.shared.RuleViolationException;

/**
 * The programme's pages: the programme view (every indicator by expected result, with its slices and a bar against
 * its target), the records behind a figure, the performance report with its traffic lights and its files, and the
 * reporting years to submit (coordinators) and approve, return or unlock (reviewers). The same services as the API,
 * in the same scope.
 */
@WebPage
class ProgrammePages {

    private final ProgrammeView view;
    private final PerformanceReport reports;
    private final PerformanceExports exports;
    private final ReportingPeriods periods;
    private final CountryRepository countries;
    private final MessageSource messages;
    private final Clock clock;

    ProgrammePages(ProgrammeView view, PerformanceReport reports, PerformanceExports exports,
            ReportingPeriods periods, CountryRepository countries, MessageSource messages, Clock clock) {
        this.view = view;
        this.reports = reports;
        this.exports = exports;
        this.periods = periods;
        this.countries = countries;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/programme")
    String programme(Actor actor, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Region region, @RequestParam(required = false) Boolean ldc,
            @RequestParam(required = false) Integer programme, @RequestParam(required = false) String country,
            @RequestParam(required = false) String institution, Model model) {
        int y = year(year);
        Query query = new Query(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), region, ldc, blank(country),
                blank(institution), programme, null);
        model.addAttribute("programmeView", view.view(actor, query));
        model.addAttribute("query", query);
        filters(actor, model, y);
        return "programme/view";
    }

    @GetMapping("/programme/records")
    String records(Actor actor, @RequestParam String indicator, @RequestParam String measure,
            @RequestParam(required = false) Integer year, @RequestParam(required = false) Region region,
            @RequestParam(required = false) Boolean ldc, @RequestParam(required = false) Integer programme,
            @RequestParam(required = false) String country, @RequestParam(required = false) String institution,
            @RequestParam(required = false) Dimension dimension, @RequestParam(required = false) String key,
            Model model) {
        int y = year(year);
        Query query = new Query(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), region, ldc, blank(country),
                blank(institution), programme, null);
        model.addAttribute("drill", view.records(actor, indicator, measure, query, dimension, blank(key)));
        model.addAttribute("query", query);
        model.addAttribute("year", y);
        return "programme/records";
    }

    @GetMapping("/programme/report")
    String report(Actor actor, @RequestParam(defaultValue = "9") int programme,
            @RequestParam(required = false) Integer year, Model model) {
        int y = year(year);
        model.addAttribute("report", reports.report(actor, programme, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)));
        model.addAttribute("programmes", PerformanceReport.PROGRAMMES);
        model.addAttribute("years", years());
        model.addAttribute("year", y);
        return "programme/report";
    }

    @GetMapping("/programme/report/{format}")
    ResponseEntity<byte[]> reportFile(Actor actor, @PathVariable String format,
            @RequestParam(defaultValue = "9") int programme, @RequestParam(required = false) Integer year) {
        int y = year(year);
        return exports.download(reports.report(actor, programme, LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31)),
                format);
    }

    /** A country's reporting years: the coordinator's to submit, the reviewers' to approve, return or unlock. */
    @GetMapping("/periods")
    String periods(Actor actor, Model model) {
        int thisYear = LocalDate.now(clock).getYear();
        List<ReportingPeriod> shown = periods.years(actor, thisYear - 2, thisYear);
        model.addAttribute("periods", shown);
        model.addAttribute("queue", actor.is(Role.REVIEWER, Role.ADMIN) ? periods.awaitingApproval(actor)
                : List.of());
        model.addAttribute("coordinator", actor.is(Role.COORDINATOR, Role.ADMIN));
        model.addAttribute("reviewer", actor.is(Role.REVIEWER, Role.ADMIN));
        return "programme/periods";
    }

    @PostMapping("/periods/{country}/{year}/{action}")
    String decide(Actor actor, @PathVariable String country, @PathVariable int year, @PathVariable String action,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String comment,
            RedirectAttributes flash) {
        try {
            switch (action) {
                case "submission" -> periods.submit(actor, country, year, version);
                case "approval" -> periods.approve(actor, country, year, blank(comment), required(version));
                case "return" -> periods.giveBack(actor, country, year, blank(comment), required(version));
                case "unlock" -> periods.unlock(actor, country, year, blank(comment), required(version));
                default -> throw new NotFoundException("action", action);
            }
            flash.addFlashAttribute("notice", "periods.done." + action);
        } catch (InvalidInputException e) {
            flash.addFlashAttribute("problem", messages.getMessage("periods.problem." + e.field(), null,
                    e.getMessage(), LocaleContextHolder.getLocale()));
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("problem", PageErrors.ruleMessage(messages, e));
        } catch (ConcurrentChangeException e) {
            flash.addFlashAttribute("problem", messages.getMessage("error.concurrent", null,
                    LocaleContextHolder.getLocale()));
        }
        return "redirect:/periods";
    }

    private void filters(Actor actor, Model model, int year) {
        model.addAttribute("years", years());
        model.addAttribute("year", year);
        model.addAttribute("regions", Region.values());
        model.addAttribute("programmes", PerformanceReport.PROGRAMMES);
        model.addAttribute("countries", countries.findAll().stream().filter(c -> actor.canSeeCountry(c.code()))
                .sorted(Comparator.comparing(c -> c.code())).toList());
    }

    private List<Integer> years() {
        int now = LocalDate.now(clock).getYear();
        List<Integer> years = new ArrayList<>();
        for (int y = now; y >= now - 5; y--) {
            years.add(y);
        }
        return years;
    }

    private int year(Integer year) {
        int now = LocalDate.now(clock).getYear();
        return year == null || year < ReportingPeriods.FIRST_YEAR || year > now + 1 ? now : year;
    }

    private static Long required(Long version) {
        if (version == null) {
            throw new InvalidInputException("version", "Reload the page and try again.");
        }
        return version;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
