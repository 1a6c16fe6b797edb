package org.tto.docketing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
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
            softly.assertThat(office.provenance()).as(row.office()).isEqualTo(row.source().startsWith("W1")
                    ? PctOffice.Provenance.WIPO_TABLE : PctOffice.Provenance.SECONDARY);
            Set<String> expected = row.extended() == null
                    ? Set.of(row.office() + " I " + row.chapterI(), row.office() + " II " + row.chapterII())
                    : Set.of(row.office() + " I " + row.chapterI(), row.office() + " II " + row.chapterII(),
                            row.office() + " I+ " + row.extended(), row.office() + " II+ " + row.extended());
            softly.assertThat(byOffice.get(row.office()).stream()
                    .map(rule -> row.office() + " " + rule.pctChapter().orElseThrow() + (rule.extended() ? "+ " : " ")
                            + rule.months())
                    .collect(Collectors.toSet())).as(row.office()).isEqualTo(expected);
        }
        softly.assertAll();
    }

    @Test
    void theCalculatorGivesEveryOfficesFigureFromAFixedPriorityDate() {
        SoftAssertions softly = new SoftAssertions();
        for (PctTableCsv.Row row : PctTableCsv.rows()) {
            for (PctChapter chapter : PctChapter.values()) {
                ComputedDeadline deadline = calculator.pctNationalPhase(row.office(), PRIORITY, chapter).get(0);
                String what = row.office() + " Chapter " + chapter;
                softly.assertThat(deadline.months()).as(what).isEqualTo(row.months(chapter));
                softly.assertThat(deadline.dueDate()).as(what)
                        .isEqualTo(nextOpenDay(row.office(), PRIORITY.plusMonths(row.months(chapter))));
            }
        }
        softly.assertAll();
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
