package org.tto.api.programme;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tto.office.AppropriateTechnologyProject;
import org.tto.office.OfficeRecordsService.ProjectView;
import org.tto.office.OperatingBudget;
import org.tto.office.Partnership;
import org.tto.office.PartnershipKind;
import org.tto.office.PatentInformationService;
import org.tto.office.PatentServiceKind;
import org.tto.office.StaffMember;
import org.tto.training.ResponseKind;
import org.tto.training.Sex;
import org.tto.training.TrainingCommands.Attendance;
import org.tto.training.TrainingEvent;
import org.tto.training.TrainingKind;
import org.tto.training.TrainingResponse;
import org.tto.training.TrainingService.EventView;
import org.tto.training.TrainingService.ResponseView;

/** What the training-event and TTO-records endpoints answer. Institutions are named by code. */
final class ProgrammeRecordResponses {

    private ProgrammeRecordResponses() {}

    record ParticipationResponse(String institution, Sex sex, int participants) {

        static ParticipationResponse of(Attendance line) {
            return new ParticipationResponse(line.institution(), line.sex(), line.participants());
        }
    }

    /** participants: everybody who took part. */
    record TrainingEventResponse(long id, TrainingKind kind, String title, String country, int programme,
            LocalDate startsOn, LocalDate endsOn, String trainers, List<String> institutions,
            List<ParticipationResponse> participation, int participants, String createdBy, Instant createdAt,
            long version) {

        static TrainingEventResponse of(EventView view) {
            TrainingEvent e = view.event();
            return new TrainingEventResponse(e.id(), e.kind(), e.title(), e.countryCode(), e.programme(),
                    e.startsOn(), e.endsOn(), e.trainers(), view.institutions(),
                    view.participation().stream().map(ParticipationResponse::of).toList(), e.participants(),
                    e.createdBy(), e.createdAt(), e.version());
        }
    }

    record SurveyResponse(long id, long eventId, ResponseKind kind, String institution, Sex sex, Integer overall,
            Boolean applyingSkills, LocalDate receivedOn, Map<String, Integer> items, String recordedBy,
            Instant recordedAt) {

        static SurveyResponse of(ResponseView view) {
            TrainingResponse r = view.response();
            return new SurveyResponse(r.id(), r.eventId(), r.kind(), view.institution(), r.sex(),
                    r.overall().orElse(null), r.applyingSkills().orElse(null), r.receivedOn(),
                    new TreeMap<>(r.items()), r.recordedBy(), r.recordedAt());
        }
    }

    record StaffMemberResponse(long id, String name, String position, BigDecimal fte, LocalDate joinedOn,
            LocalDate leftOn, String certification, LocalDate certifiedOn, long version) {

        static StaffMemberResponse of(StaffMember m) {
            return new StaffMemberResponse(m.id(), m.name(), m.position(), m.fte(), m.joinedOn(),
                    m.leftOn().orElse(null), m.certification().orElse(null), m.certifiedOn().orElse(null),
                    m.version());
        }
    }

    record PartnershipResponse(long id, String partner, PartnershipKind kind, LocalDate startedOn, LocalDate endedOn,
            String description, long version) {

        static PartnershipResponse of(Partnership p) {
            return new PartnershipResponse(p.id(), p.partner(), p.kind(), p.startedOn(), p.endedOn().orElse(null),
                    p.description().orElse(null), p.version());
        }
    }

    record PatentServiceResponse(long id, PatentServiceKind kind, String requester, LocalDate deliveredOn,
            String description, String recordedBy) {

        static PatentServiceResponse of(PatentInformationService s) {
            return new PatentServiceResponse(s.id(), s.kind(), s.requester(), s.deliveredOn(),
                    s.description().orElse(null), s.recordedBy());
        }
    }

    record OperatingBudgetResponse(int fiscalYear, BigDecimal amount, String currency, String source,
            String enteredBy, Instant enteredAt, long version) {

        static OperatingBudgetResponse of(OperatingBudget b) {
            return new OperatingBudgetResponse(b.fiscalYear(), b.amount(), b.currency().getCurrencyCode(),
                    b.source(), b.enteredBy(), b.enteredAt(), b.version());
        }
    }

    record ProjectResponse(long id, String country, String institution, String title, String need,
            LocalDate landscapeReportOn, LocalDate businessPlanOn, LocalDate implementedOn, long version) {

        static ProjectResponse of(ProjectView view) {
            AppropriateTechnologyProject p = view.project();
            return new ProjectResponse(p.id(), p.countryCode(), view.institution(), p.title(), p.need(),
                    p.landscapeReportOn().orElse(null), p.businessPlanOn().orElse(null),
                    p.implementedOn().orElse(null), p.version());
        }
    }
}
