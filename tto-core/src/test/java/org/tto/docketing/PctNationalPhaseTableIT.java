package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.jdbc.AutoConfigureTestDatabase;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.testsupport.OnMariaDb;

/**
 * The migrated PCT national-phase table agrees with its checked-in CSV copy, row by row, and the calculator gives
 * every office's figure applied to a fixed priority date.
 */
@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@OnMariaDb
@Import(RuleBasedDeadlineCalculator.class)
class PctNationalPhaseTableIT {

    static final LocalDate PRIORITY = LocalDate.of(2024, 3, 29);

    @Autowired
    PctOfficeRepository offices;

    @Autowired
    DeadlineRuleRepository rules;

    @Autowired
    DeadlineCalculator calculator;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theMigratedTableIsTheCsv() {
        List<PctTableCsv.Row> csv = PctTableCsv.rows();
        Map<String, List<DeadlineRule>> byOffice = rules.findByKindOrderById(RuleKind.PCT_NATIONAL_PHASE).stream()
                .collect(Collectors.groupingBy(rule -> rule.officeCode().orElseThrow()));

        assertThat(offices.findAllByOrderByCode()).extracting(PctOffice::code)
                .containsExactlyElementsOf(csv.stream().map(PctTableCsv.Row::office).toList());
        SoftAssertions softly = new SoftAssertions();
        for (PctTableCsv.Row row : csv) {
            PctOffice office = offices.findById(row.office()).orElseThrow();
            softly.assertThat(office.name()).as(row.office()).isEqualTo(row.name());
            softly.assertThat(office.source()).as(row.office()).isEqualTo(row.source());
            softly.assertThat(office.provenance().name()).as(row.office()).isEqualTo(row.provenance());
            softly.assertThat(office.regionalRoute().orElse(null)).as(row.office()).isEqualTo(row.regionalRoute());
            softly.assertThat(office.alternativeRoute().orElse(null)).as(row.office())
                    .isEqualTo(row.alternativeRoute());
            softly.assertThat(office.confirmed()).as(row.office()).isEqualTo(row.confirmed());
            Set<String> expected = new HashSet<>();
            if (!row.nationalRouteClosed()) {
                expected.add(row.office() + " I " + row.chapterI() + "m0d");
                expected.add(row.office() + " II " + row.chapterII() + "m0d");
            }
            if (row.extended() != null) {
                expected.add(row.office() + " I+ " + row.extended() + "m" + row.extendedDays() + "d");
                expected.add(row.office() + " II+ " + row.extended() + "m" + row.extendedDays() + "d");
            }
            softly.assertThat(byOffice.getOrDefault(row.office(), List.of()).stream()
                    .map(rule -> row.office() + " " + rule.pctChapter().orElseThrow() + (rule.extended() ? "+ " : " ")
                            + rule.months() + "m" + rule.days() + "d")
                    .collect(Collectors.toSet())).as(row.office()).isEqualTo(expected);
        }
        softly.assertAll();
    }

    @Test
    void theCalculatorGivesEveryOfficesFigureFromAFixedPriorityDate() {
        SoftAssertions softly = new SoftAssertions();
        for (PctTableCsv.Row row : PctTableCsv.rows()) {
            for (PctChapter chapter : PctChapter.values()) {
                NationalPhaseEntry entry = calculator.nationalPhaseEntry(row.office(), PRIORITY, chapter);
                ComputedDeadline deadline = entry.ordinary();
                PctTableCsv.Row route = row.route();
                String what = row.office() + " Chapter " + chapter;
                softly.assertThat(entry.nationalRouteClosed()).as(what).isEqualTo(row.nationalRouteClosed());
                softly.assertThat(entry.route().code()).as(what).isEqualTo(route.office());
                softly.assertThat(deadline.ruleId()).as(what).isEqualTo("PCT-NP-" + route.office() + "-" + chapter);
                softly.assertThat(deadline.office()).as(what).isEqualTo(route.office());
                softly.assertThat(deadline.months()).as(what).isEqualTo(row.months(chapter));
                softly.assertThat(deadline.dueDate()).as(what)
                        .isEqualTo(nextOpenDay(route.office(), PRIORITY.plusMonths(row.months(chapter))));
                softly.assertThat(deadline.confirmed()).as(what).isEqualTo(route.confirmed());
                if (route.extended() == null) {
                    softly.assertThat(entry.deadlines()).as(what + " has no longer limit").hasSize(1);
                } else {
                    ComputedDeadline longer = entry.deadlines().get(1);
                    softly.assertThat(longer.ruleId()).as(what).isEqualTo(deadline.ruleId() + "-EXT");
                    softly.assertThat(longer.dueDate()).as(what + " longer limit").isEqualTo(nextOpenDay(
                            route.office(), PRIORITY.plusMonths(route.extended()).plusDays(route.extendedDays())));
                }
            }
        }
        softly.assertAll();
    }

    @Test
    void everyUnconfirmedOfficeSaysWhyAndEveryConfirmedOneDoesNot() {
        assertThat(offices.findAllByOrderByCode()).filteredOn(office -> !office.confirmed())
                .extracting(PctOffice::code).containsExactly("LC", "LY", "MU", "RW", "ST");
        assertThat(offices.findAllByOrderByCode()).filteredOn(office -> !office.confirmed())
                .allSatisfy(office -> assertThat(office.unconfirmedReason()).get().asString()
                        .contains(office.code(), "Information not yet available", "PCT default"));
    }

    /** Independent of the calculator: the first day on or after {@code day} that is no weekend or closure day. */
    private LocalDate nextOpenDay(String office, LocalDate day) {
        Set<LocalDate> closed = jdbc.queryForList("SELECT closure_date FROM office_closure WHERE office_code = ?",
                LocalDate.class, office).stream().collect(Collectors.toSet());
        LocalDate open = day;
        while (open.getDayOfWeek() == DayOfWeek.SATURDAY || open.getDayOfWeek() == DayOfWeek.SUNDAY
                || closed.contains(open)) {
            open = open.plusDays(1);
        }
        return open;
    }
}
