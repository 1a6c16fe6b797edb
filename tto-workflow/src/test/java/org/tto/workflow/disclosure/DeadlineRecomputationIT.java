package org.tto.workflow.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tto.disclosure.Commands.CloseDeadline;
import org.tto.disclosure.Commands.NewFiling;
import org.tto.disclosure.Commands.RecordFilings;
import org.tto.disclosure.Deadline;
import org.tto.disclosure.DeadlineRecomputation.Recomputed;
import org.tto.disclosure.DeadlineRepository;
import org.tto.disclosure.DisclosureService;
import org.tto.docketing.FilingKind;
import org.tto.identity.AppUserRepository;
import org.tto.institution.CountryRepository;
import org.tto.institution.InstitutionRepository;
import org.tto.shared.InvalidInputException;
import org.tto.testsupport.CaseFixture;
import org.tto.testsupport.OnMariaDb;

/**
 * A case's PCT filing dockets one deadline per route under the migrated rules (FR and EP: one EP deadline; LU at 20
 * months, TZ at 21; LC unconfirmed); then deadlines docketed under rules whose figures V015 changed are recomputed by
 * the follow-up, each with its trace line, case event and moved watch, and nothing done or waived changes.
 */
@SpringBootTest
@OnMariaDb
class DeadlineRecomputationIT {

    private static final LocalDate PRIORITY = LocalDate.of(2025, 1, 10);

    @Autowired
    DeadlineWatches watches;

    @Autowired
    DisclosureService cases;

    @Autowired
    DeadlineRepository deadlines;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CountryRepository countries;

    @Autowired
    InstitutionRepository institutions;

    @Autowired
    AppUserRepository users;

    CaseFixture fixture;
    Map<String, Deadline> byRule;

    @BeforeEach
    void aCaseWithAPctFilingDesignatingFranceAndTheEpoLuxembourgTanzaniaSaintLuciaAndLesotho() {
        fixture = CaseFixture.create(countries, institutions, users, jdbc);
        String number = String.valueOf(fixture.caseId());
        cases.recordFilings(fixture.officer(), fixture.caseId(), new RecordFilings(List.of(
                new NewFiling("US", FilingKind.PROVISIONAL, "63/7" + number, PRIORITY, Set.of(), Set.of()),
                new NewFiling("WO", FilingKind.PCT, "PCT/US2026/7" + number, LocalDate.of(2026, 1, 8),
                        Set.of("63/7" + number), Set.of("FR", "EP", "LU", "TZ", "LC", "LS")))));
        watches.docketAndWatch(fixture.caseId());
        byRule = deadlines.findByDisclosureIdOrderByDueDate(fixture.caseId()).stream()
                .filter(deadline -> deadline.ruleId().startsWith("PCT-NP-"))
                .collect(Collectors.toMap(Deadline::ruleId, deadline -> deadline));
    }

    @Test
    void aPctFilingGetsOneDeadlinePerRouteUnderTheSameRulesAsThePreview() {
        assertThat(byRule.keySet()).as("FR is entered through EP, designated too: one deadline for the route")
                .containsExactlyInAnyOrder("PCT-NP-EP-I", "PCT-NP-LU-I", "PCT-NP-TZ-I", "PCT-NP-LC-I", "PCT-NP-LS-I");
        assertThat(byRule.get("PCT-NP-LU-I").dueDate()).as("20 months").isEqualTo(LocalDate.of(2026, 9, 10));
        // 21 months: 10 October 2026 is a Saturday
        assertThat(byRule.get("PCT-NP-TZ-I").dueDate()).as("21 months").isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(byRule.get("PCT-NP-EP-I").dueDate()).isEqualTo(LocalDate.of(2027, 8, 10));
        assertThat(byRule.get("PCT-NP-LC-I").trace().confirmed()).isFalse();
        assertThat(byRule.get("PCT-NP-LC-I").unconfirmedReason()).contains("Information not yet available");
        assertThat(byRule.get("PCT-NP-EP-I").trace().confirmed()).isTrue();

        assertThatThrownBy(() -> cases.recordFilings(fixture.officer(), fixture.caseId(), new RecordFilings(List.of(
                new NewFiling("WO", FilingKind.PCT, "PCT/US2026/8" + fixture.caseId(), LocalDate.of(2026, 1, 9),
                        Set.of(), Set.of("TW"))))))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("Target office TW is not a PCT contracting state or regional office.");
    }

    @Test
    void deadlinesUnderChangedRulesAreRecomputedWithTheirTraceAndWatchesAndDoneOnesStay() {
        Deadline lesotho = byRule.get("PCT-NP-LS-I");
        Deadline tanzania = byRule.get("PCT-NP-TZ-I");
        Deadline saintLucia = byRule.get("PCT-NP-LC-I");
        Deadline luxembourg = byRule.get("PCT-NP-LU-I");
        Deadline epo = byRule.get("PCT-NP-EP-I");
        watches.close(fixture.officer(), fixture.caseId(), luxembourg.id(),
                new CloseDeadline(Deadline.Status.DONE, "Entered at LU"));
        // As V004 docketed them: LS Chapter II at 30 months, SM's national route, ZA's 34-month extension
        docketedUnderV004(lesotho.id(), "PCT-NP-LS-II", 30);
        docketedUnderV004(tanzania.id(), "PCT-NP-SM-I", 31);
        docketedUnderV004(saintLucia.id(), "PCT-NP-ZA-I-EXT", 34);
        docketedUnderV004(luxembourg.id(), "PCT-NP-LS-II", 30);

        List<Recomputed> recomputed = watches.recomputeUnderChangedRules().stream()
                .filter(r -> r.disclosureId() == fixture.caseId()).toList();

        assertThat(recomputed).extracting(Recomputed::deadlineId, Recomputed::ruleBefore, Recomputed::ruleAfter,
                Recomputed::dueBefore, Recomputed::dueAfter, Recomputed::status).containsExactlyInAnyOrder(
                        tuple(lesotho.id(), "PCT-NP-LS-II", "PCT-NP-LS-II", LocalDate.of(2027, 7, 12),
                                LocalDate.of(2027, 8, 10), Deadline.Status.OPEN),
                        tuple(tanzania.id(), "PCT-NP-SM-I", "PCT-NP-SM-I", LocalDate.of(2026, 10, 12),
                                LocalDate.of(2026, 10, 12), Deadline.Status.WAIVED),
                        tuple(saintLucia.id(), "PCT-NP-ZA-I-EXT", "PCT-NP-ZA-I-EXT", LocalDate.of(2027, 7, 12),
                                LocalDate.of(2027, 7, 12), Deadline.Status.WAIVED));

        Deadline ls = deadlines.findById(lesotho.id()).orElseThrow();
        assertThat(ls.months()).isEqualTo(31);
        assertThat(ls.dueDate()).isEqualTo(LocalDate.of(2027, 8, 10));
        assertThat(ls.trace().legalBasis()).contains("Under PCT Article 39(1)(b): 31 months");
        assertThat(ls.revisions()).singleElement().asString().startsWith("PCT-NP-LS-II: V015: WIPO's PCT Applicant's "
                + "Guide (https://pctlegal.wipo.int/eGuide/view-doc.xhtml?doc-code=LS&doc-lang=EN) gives LS 31 months "
                + "under Chapter II, where V004 had 30 months").endsWith("; due 2027-07-12 -> 2027-08-10");
        assertThat(timersOf(lesotho.id())).as("the watch moved to the new due date")
                .containsExactly(at(LocalDate.of(2027, 8, 10).minusDays(90), 6));

        Deadline sm = deadlines.findById(tanzania.id()).orElseThrow();
        assertThat(sm.status()).isEqualTo(Deadline.Status.WAIVED);
        assertThat(sm.closedBy()).isEqualTo("system");
        assertThat(sm.closedReason()).contains("SM closed its national route", "entry is through EP",
                "the filing already has deadline " + epo.id());
        assertThat(watchOf(tanzania.id())).as("its watch ended").isNull();

        Deadline za = deadlines.findById(saintLucia.id()).orElseThrow();
        assertThat(za.status()).isEqualTo(Deadline.Status.WAIVED);
        assertThat(za.closedReason()).contains("gives ZA no longer limit", "now a note, no rule");
        assertThat(za.revisions()).singleElement().asString().endsWith("; due 2027-07-12 no longer applies");

        Deadline lu = deadlines.findById(luxembourg.id()).orElseThrow();
        assertThat(lu.status()).as("done stays done").isEqualTo(Deadline.Status.DONE);
        assertThat(lu.months()).isEqualTo(30);
        assertThat(lu.dueDate()).isEqualTo(LocalDate.of(2026, 9, 10));
        assertThat(lu.revisions()).isEmpty();
        assertThat(deadlines.findById(epo.id()).orElseThrow().revisions()).isEmpty();

        assertThat(jdbc.queryForList("SELECT action FROM case_event WHERE disclosure_id = ? AND action LIKE "
                + "'DEADLINE_%' AND action IN ('DEADLINE_RECOMPUTED', 'DEADLINE_WITHDRAWN') ORDER BY id",
                String.class, fixture.caseId())).containsExactlyInAnyOrder("DEADLINE_RECOMPUTED",
                        "DEADLINE_WITHDRAWN", "DEADLINE_WITHDRAWN");

        assertThat(watches.recomputeUnderChangedRules()).as("a second start finds nothing to do")
                .noneMatch(r -> r.disclosureId() == fixture.caseId());
    }

    private void docketedUnderV004(long deadlineId, String ruleId, int months) {
        jdbc.update("UPDATE deadline SET rule_id = ?, months = ?, unconfirmed_reason = NULL WHERE id = ?", ruleId,
                months, deadlineId);
    }

    private ProcessInstance watchOf(long deadlineId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(DeadlineWatchProcess.KEY)
                .processInstanceBusinessKey(DeadlineWatchProcess.businessKey(deadlineId)).singleResult();
    }

    private List<Instant> timersOf(long deadlineId) {
        return management.createJobQuery().processInstanceId(watchOf(deadlineId).getId()).timers().list().stream()
                .map(Job::getDuedate).map(java.util.Date::toInstant).toList();
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).toInstant(ZoneOffset.UTC);
    }
}
