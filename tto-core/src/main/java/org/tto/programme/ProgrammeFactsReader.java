package org.tto.programme;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tto.programme.ProgrammeFacts.AgreementFact;
import org.tto.programme.ProgrammeFacts.BudgetFact;
import org.tto.programme.ProgrammeFacts.CostFact;
import org.tto.programme.ProgrammeFacts.CountryFact;
import org.tto.programme.ProgrammeFacts.DisclosureFact;
import org.tto.programme.ProgrammeFacts.EntryFact;
import org.tto.programme.ProgrammeFacts.FilingFact;
import org.tto.programme.ProgrammeFacts.InstitutionFact;
import org.tto.programme.ProgrammeFacts.MilestoneFact;
import org.tto.programme.ProgrammeFacts.ParticipationFact;
import org.tto.programme.ProgrammeFacts.PartnershipFact;
import org.tto.programme.ProgrammeFacts.PeriodFact;
import org.tto.programme.ProgrammeFacts.PlanFact;
import org.tto.programme.ProgrammeFacts.ProjectFact;
import org.tto.programme.ProgrammeFacts.ReceiptFact;
import org.tto.programme.ProgrammeFacts.ResearchFact;
import org.tto.programme.ProgrammeFacts.ResponseFact;
import org.tto.programme.ProgrammeFacts.RetainedFact;
import org.tto.programme.ProgrammeFacts.ServiceFact;
import org.tto.programme.ProgrammeFacts.StaffFact;
import org.tto.programme.ProgrammeFacts.StartupFact;
import org.tto.programme.ProgrammeFacts.StatusFact;
import org.tto.programme.ProgrammeFacts.TrainingFact;
import org.tto.programme.ProgrammeFacts.TransitionFact;
import org.tto.report.FiscalYear;

/**
 * Reads the rows the indicators need for a set of countries and institutions and a period: one query per kind of
 * record, each bounded by the scope (and by the period where the rule allows), read-only.
 */
@Component
@Transactional(readOnly = true)
class ProgrammeFactsReader {

    private final NamedParameterJdbcTemplate jdbc;

    ProgrammeFactsReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The fiscal year start of each institution, for the fiscal years ending in a period. */
    private record FiscalStart(int month, int day) {}

    ProgrammeFacts read(List<CountryFact> countries, List<InstitutionFact> institutions, LocalDate from,
            LocalDate to, boolean wholeCountries) {
        List<Long> ids = institutions.stream().map(InstitutionFact::id).toList();
        List<String> codes = countries.stream().map(CountryFact::code).toList();
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("ids", ids.isEmpty() ? List.of(-1L) : ids)
                .addValue("countries", codes.isEmpty() ? List.of("--") : codes)
                .addValue("from", Date.valueOf(from)).addValue("to", Date.valueOf(to))
                // instants are stored as UTC wall-clock times (hibernate.jdbc.time_zone: UTC), so they are compared as such
                .addValue("fromTs", from.atStartOfDay()).addValue("toTs", to.plusDays(1).atStartOfDay())
                .addValue("fromYear", from.getYear()).addValue("toYear", to.getYear());
        Map<Long, FiscalStart> fiscal = new HashMap<>();
        jdbc.query("select id, fiscal_year_start_month, fiscal_year_start_day from institution where id in (:ids)",
                p, rs -> {
                    fiscal.put(rs.getLong(1), new FiscalStart(rs.getInt(2), rs.getInt(3)));
                });
        Rates rates = rates();
        List<TrainingFact> training = training(p, ids, wholeCountries);
        return new ProgrammeFacts(from, to, countries, institutions, plans(p), disclosures(p), filings(p),
                agreements(p), research(p, fiscal), receipts(p), retained(p), costs(p), budgets(p, fiscal),
                startups(p, to), staff(p), partnerships(p), services(p), projects(p), training,
                responses(p, training, ids, wholeCountries), entries(p, ids, wholeCountries), periods(p), rates);
    }

    private Rates rates() {
        Map<String, Map<Integer, BigDecimal>> rates = new HashMap<>();
        jdbc.query("select currency, rate_year, usd_per_unit from exchange_rate", Map.of(), rs -> {
            rates.computeIfAbsent(rs.getString(1), c -> new HashMap<>()).put(rs.getInt(2), rs.getBigDecimal(3));
        });
        return new Rates(rates);
    }

    private List<PlanFact> plans(MapSqlParameterSource p) {
        Map<Long, List<TransitionFact>> transitions = new HashMap<>();
        jdbc.query("""
                select t.plan_id, t.occurred_at, t.from_state, t.to_state from plan_transition t
                join implementation_plan pl on pl.id = t.plan_id
                where pl.institution_id in (:ids) and t.occurred_at < :toTs order by t.plan_id, t.occurred_at, t.id
                """, p, rs -> {
                    transitions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new TransitionFact(
                            instant(rs, 2), rs.getString(3), rs.getString(4)));
                });
        Map<Long, List<MilestoneFact>> milestones = new HashMap<>();
        jdbc.query("""
                select i.plan_id, i.id, i.milestone, i.title, i.status, i.completed_on,
                       (select count(*) from plan_action_item_evidence e where e.action_item_id = i.id)
                from plan_action_item i join implementation_plan pl on pl.id = i.plan_id
                where pl.institution_id in (:ids) and i.milestone is not null order by i.id
                """, p, rs -> {
                    milestones.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new MilestoneFact(
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), date(rs, 6),
                            rs.getInt(7)));
                });
        return jdbc.query("""
                select id, institution_id, country_code, created_at from implementation_plan
                where institution_id in (:ids) order by id
                """, p, (rs, n) -> new PlanFact(rs.getLong(1), rs.getLong(2), rs.getString(3), instant(rs, 4),
                transitions.getOrDefault(rs.getLong(1), List.of()), milestones.getOrDefault(rs.getLong(1),
                        List.of())));
    }

    private List<DisclosureFact> disclosures(MapSqlParameterSource p) {
        return jdbc.query("""
                select id, reference, institution_id, submitted_at from disclosure
                where institution_id in (:ids) and submitted_at >= :fromTs and submitted_at < :toTs order by id
                """, p, (rs, n) -> new DisclosureFact(rs.getLong(1), rs.getString(2), rs.getLong(3),
                LocalDate.ofInstant(instant(rs, 4), ZoneOffset.UTC)));
    }

    /** Filings made in the period, and every filing of a case submitted in the period (for its first filing). */
    private List<FilingFact> filings(MapSqlParameterSource p) {
        return jdbc.query("""
                select f.id, f.disclosure_id, d.reference, d.institution_id, f.office, f.kind, f.application_number,
                       f.filing_date
                from filing f join disclosure d on d.id = f.disclosure_id
                where d.institution_id in (:ids)
                  and ((f.filing_date >= :from and f.filing_date <= :to)
                       or (d.submitted_at >= :fromTs and d.submitted_at < :toTs))
                order by f.id
                """, p, (rs, n) -> new FilingFact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getString(7), date(rs, 8)));
    }

    private List<AgreementFact> agreements(MapSqlParameterSource p) {
        List<AgreementFact> facts = new ArrayList<>(jdbc.query("""
                select a.id, a.institution_id, d.reference, a.licensee, a.agreement_type, a.executed_on
                from license_agreement a join disclosure d on d.id = a.disclosure_id
                where a.institution_id in (:ids) and a.executed_on >= :from and a.executed_on <= :to order by a.id
                """, p, (rs, n) -> new AgreementFact(rs.getLong(1), "AGREEMENT", rs.getLong(2), rs.getString(3)
                + " " + rs.getString(4), rs.getString(5), date(rs, 6))));
        facts.addAll(jdbc.query("""
                select l.id, l.institution_id, d.reference, pr.company, l.option_granted_on
                from licensing_path l join disclosure d on d.id = l.disclosure_id
                join prospect pr on pr.id = l.prospect_id
                where l.institution_id in (:ids) and l.option_granted_on >= :from and l.option_granted_on <= :to
                order by l.id
                """, p, (rs, n) -> new AgreementFact(rs.getLong(1), "PATH_OPTION", rs.getLong(2), rs.getString(3)
                + " " + rs.getString(4) + " (option on a licensing path)", "OPTION", date(rs, 5))));
        return facts;
    }

    private List<ResearchFact> research(MapSqlParameterSource p, Map<Long, FiscalStart> fiscal) {
        return jdbc.query("""
                select id, institution_id, fiscal_year, currency, amount from research_expenditure
                where institution_id in (:ids) and fiscal_year >= :fromYear and fiscal_year <= :toYear + 1
                order by id
                """, p, (rs, n) -> {
                    FiscalStart start = fiscal.get(rs.getLong(2));
                    LocalDate end = FiscalYear.of(rs.getInt(3), start.month(), start.day()).end();
                    return new ResearchFact(rs.getLong(1), rs.getLong(2), rs.getInt(3), end, rs.getString(4),
                            rs.getBigDecimal(5));
                });
    }

    private List<ReceiptFact> receipts(MapSqlParameterSource p) {
        return jdbc.query("""
                select r.id, r.institution_id, d.reference, r.currency, r.amount, r.received_on
                from receipt r join disclosure d on d.id = r.disclosure_id
                where r.institution_id in (:ids) and r.received_on >= :from and r.received_on <= :to order by r.id
                """, p, (rs, n) -> new ReceiptFact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getBigDecimal(5), date(rs, 6)));
    }

    private List<RetainedFact> retained(MapSqlParameterSource p) {
        return jdbc.query("""
                select s.id, s.distribution_id, r.institution_id, d.reference, s.kind, dist.currency, s.amount_minor,
                       r.received_on
                from distribution_share s join distribution dist on dist.id = s.distribution_id
                join receipt r on r.id = dist.receipt_id join disclosure d on d.id = r.disclosure_id
                where r.institution_id in (:ids) and r.received_on >= :from and r.received_on <= :to
                  and s.kind <> 'INVENTOR'
                order by s.id
                """, p, (rs, n) -> {
                    String currency = rs.getString(6);
                    BigDecimal amount = BigDecimal.valueOf(rs.getLong(7),
                            Currency.getInstance(currency).getDefaultFractionDigits());
                    return new RetainedFact(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5), currency, amount, date(rs, 8));
                });
    }

    private List<CostFact> costs(MapSqlParameterSource p) {
        return jdbc.query("""
                select c.id, d.institution_id, d.reference, c.kind, c.currency, c.amount, c.incurred_on
                from case_cost c join disclosure d on d.id = c.disclosure_id
                where d.institution_id in (:ids) and c.incurred_on >= :from and c.incurred_on <= :to order by c.id
                """, p, (rs, n) -> new CostFact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getBigDecimal(6), date(rs, 7)));
    }

    private List<BudgetFact> budgets(MapSqlParameterSource p, Map<Long, FiscalStart> fiscal) {
        return jdbc.query("""
                select id, institution_id, fiscal_year, currency, amount from operating_budget
                where institution_id in (:ids) and fiscal_year >= :fromYear and fiscal_year <= :toYear + 1
                order by id
                """, p, (rs, n) -> {
                    FiscalStart start = fiscal.get(rs.getLong(2));
                    LocalDate end = FiscalYear.of(rs.getInt(3), start.month(), start.day()).end();
                    return new BudgetFact(rs.getLong(1), rs.getLong(2), rs.getInt(3), end, rs.getString(4),
                            rs.getBigDecimal(5));
                });
    }

    private List<StartupFact> startups(MapSqlParameterSource p, LocalDate to) {
        Map<Long, List<StatusFact>> history = new HashMap<>();
        jdbc.query("""
                select c.startup_id, c.status, c.effective_on from startup_status_change c
                join startup_company s on s.id = c.startup_id
                where s.institution_id in (:ids) and s.incorporated_on <= :to order by c.startup_id, c.list_index
                """, p, rs -> {
                    history.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StatusFact(
                            rs.getString(2), date(rs, 3)));
                });
        return jdbc.query("""
                select id, institution_id, name, incorporated_on from startup_company
                where institution_id in (:ids) and incorporated_on <= :to order by id
                """, p, (rs, n) -> new StartupFact(rs.getLong(1), rs.getLong(2), rs.getString(3), date(rs, 4),
                history.getOrDefault(rs.getLong(1), List.of())));
    }

    private List<StaffFact> staff(MapSqlParameterSource p) {
        return jdbc.query("""
                select id, institution_id, name, fte, joined_on, left_on, certification, certified_on
                from tto_staff_member where institution_id in (:ids) and joined_on <= :to order by id
                """, p, (rs, n) -> new StaffFact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getBigDecimal(4),
                date(rs, 5), date(rs, 6), rs.getString(7), date(rs, 8)));
    }

    private List<PartnershipFact> partnerships(MapSqlParameterSource p) {
        return jdbc.query("""
                select id, institution_id, partner, kind, started_on, ended_on from partnership
                where institution_id in (:ids) order by id
                """, p, (rs, n) -> new PartnershipFact(rs.getLong(1), rs.getLong(2), rs.getString(3),
                rs.getString(4), date(rs, 5), date(rs, 6)));
    }

    private List<ServiceFact> services(MapSqlParameterSource p) {
        return jdbc.query("""
                select id, institution_id, kind, requester, delivered_on from patent_information_service
                where institution_id in (:ids) and delivered_on >= :from and delivered_on <= :to order by id
                """, p, (rs, n) -> new ServiceFact(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                date(rs, 5)));
    }

    private List<ProjectFact> projects(MapSqlParameterSource p) {
        return jdbc.query("""
                select id, country_code, institution_id, title, landscape_report_on, business_plan_on,
                       implemented_on
                from appropriate_technology_project where country_code in (:countries) order by id
                """, p, (rs, n) -> new ProjectFact(rs.getLong(1), rs.getString(2), nullableLong(rs, 3),
                rs.getString(4), date(rs, 5), date(rs, 6), date(rs, 7)));
    }

    /**
     * Training events in the countries that started in the period; when the view is narrowed to institutions, only
     * the participants of those institutions.
     */
    private List<TrainingFact> training(MapSqlParameterSource p, Collection<Long> ids, boolean wholeCountries) {
        Map<Long, List<ParticipationFact>> participation = new HashMap<>();
        jdbc.query("""
                select tp.event_id, tp.institution_id, tp.sex, tp.participants from training_participation tp
                join training_event e on e.id = tp.event_id
                where e.country_code in (:countries) and e.starts_on >= :from and e.starts_on <= :to
                """, p, rs -> {
                    Long institution = nullableLong(rs, 2);
                    if (wholeCountries || institution != null && ids.contains(institution)) {
                        participation.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(
                                new ParticipationFact(institution, rs.getString(3), rs.getInt(4)));
                    }
                });
        return jdbc.query("""
                select id, title, country_code, starts_on, ends_on from training_event
                where country_code in (:countries) and starts_on >= :from and starts_on <= :to order by id
                """, p, (rs, n) -> new TrainingFact(rs.getLong(1), rs.getString(2), rs.getString(3), date(rs, 4),
                date(rs, 5), participation.getOrDefault(rs.getLong(1), List.of())));
    }

    private List<ResponseFact> responses(MapSqlParameterSource p, List<TrainingFact> events, Collection<Long> ids,
            boolean wholeCountries) {
        if (events.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource q = new MapSqlParameterSource("events",
                events.stream().map(TrainingFact::id).toList());
        return jdbc.query("""
                select id, event_id, kind, institution_id, sex, overall, applying_skills, received_on
                from training_response where event_id in (:events) order by id
                """, q, (rs, n) -> new ResponseFact(rs.getLong(1), rs.getLong(2), rs.getString(3),
                nullableLong(rs, 4), rs.getString(5), nullableInt(rs, 6), nullableBoolean(rs, 7), date(rs, 8)))
                .stream()
                .filter(r -> wholeCountries || r.institutionId() != null && ids.contains(r.institutionId()))
                .toList();
    }

    private List<EntryFact> entries(MapSqlParameterSource p, Collection<Long> ids, boolean wholeCountries) {
        return jdbc.query("""
                select id, indicator_code, measure_code, country_code, institution_id, period_year, numerator,
                       denominator, evidence, entered_by, entered_at
                from indicator_entry
                where country_code in (:countries) and period_year >= :fromYear and period_year <= :toYear
                order by id
                """, p, (rs, n) -> new EntryFact(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                nullableLong(rs, 5), rs.getInt(6), rs.getBigDecimal(7), rs.getBigDecimal(8), rs.getString(9),
                rs.getString(10), instant(rs, 11)))
                .stream()
                .filter(e -> e.institutionId() == null || wholeCountries || ids.contains(e.institutionId()))
                .toList();
    }

    private List<PeriodFact> periods(MapSqlParameterSource p) {
        return jdbc.query("""
                select country_code, period_year, status, submitted_at from reporting_period
                where country_code in (:countries) and period_year >= :fromYear and period_year <= :toYear
                """, p, (rs, n) -> new PeriodFact(rs.getString(1), rs.getInt(2), rs.getString(3),
                instant(rs, 4)));
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime utc = rs.getObject(column, LocalDateTime.class);
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }

    private static Integer nullableInt(ResultSet rs, int column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static Boolean nullableBoolean(ResultSet rs, int column) throws SQLException {
        boolean value = rs.getBoolean(column);
        return rs.wasNull() ? null : value;
    }
}
