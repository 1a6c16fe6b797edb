package org.tto.api.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.programme.ProgrammeRecordRequests.NewTrainingEvent;
import org.tto.api.programme.ProgrammeRecordRequests.ParticipationLine;
import org.tto.api.programme.ProgrammeRecordRequests.ParticipationRequest;
import org.tto.api.programme.ProgrammeRecordRequests.TrainingEventChange;
import org.tto.api.programme.ProgrammeRecordRequests.TrainingSurveyRequest;
import org.tto.api.programme.ProgrammeRecordResponses.SurveyResponse;
import org.tto.api.programme.ProgrammeRecordResponses.TrainingEventResponse;
import org.tto.identity.Actor;
import org.tto.training.TrainingService;

/** The training events of a country, their participation by institution and sex, and their surveys. */
@RestController
@RequestMapping("/api/training-events")
@Validated
@Tag(name = "Training events",
        description = "Capacity building: the training events held in a country for the institutions they invited, "
                + "who took part by institution and sex, and the participants' surveys at the end of the event and "
                + "at the six-month follow-up. The country's coordinator keeps them; everyone but inventors reads "
                + "them. A write to an approved (locked) reporting period is a 409.")
class TrainingController {

    private final TrainingService training;

    TrainingController(TrainingService training) {
        this.training = training;
    }

    @GetMapping
    @Operation(summary = "The training events of a country that start in a range of years, by start")
    List<TrainingEventResponse> list(Actor actor,
            @Parameter(description = "ISO country code, e.g. KE; the caller's own country when left out")
            @RequestParam(required = false) @Pattern(regexp = "[A-Z]{2}") String country,
            @Parameter(description = "the first year, e.g. 2025") @RequestParam(required = false) @Min(1900)
            @Max(2200) Integer from,
            @Parameter(description = "the last year, e.g. 2026") @RequestParam(required = false) @Min(1900)
            @Max(2200) Integer to) {
        return training.list(actor, country, from, to).stream().map(TrainingEventResponse::of).toList();
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a training event in a country (coordinator)")
    TrainingEventResponse create(Actor actor, @Valid @RequestBody NewTrainingEvent request) {
        return TrainingEventResponse.of(training.create(actor, request.country(), request.toDetails()));
    }

    @GetMapping("/{id}")
    @Operation(summary = "A training event with its invited institutions and participation")
    TrainingEventResponse get(Actor actor, @PathVariable long id) {
        return TrainingEventResponse.of(training.get(actor, id));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Change a training event (with its version as read; 409 if it changed since)")
    TrainingEventResponse change(Actor actor, @PathVariable long id, @Valid @RequestBody TrainingEventChange request) {
        return TrainingEventResponse.of(training.change(actor, id, request.toDetails(), request.version()));
    }

    @PutMapping("/{id}/participation")
    @Operation(summary = "Replace who took part, by invited institution (or none: from elsewhere) and sex",
            description = "Carries the event's version as read; 409 if it changed since.")
    TrainingEventResponse replaceParticipation(Actor actor, @PathVariable long id,
            @Valid @RequestBody ParticipationRequest request) {
        return TrainingEventResponse.of(training.replaceParticipation(actor, id,
                request.participation().stream().map(ParticipationLine::toAttendance).toList(), request.version()));
    }

    @PostMapping("/{id}/responses")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record one participant's survey",
            description = "END_OF_EVENT: overall satisfaction 1 to 5 (and any item scores 1 to 5). FOLLOW_UP, the "
                    + "six-month follow-up: whether they apply the skills, received at least 5 months after the "
                    + "event ended.")
    SurveyResponse recordResponse(Actor actor, @PathVariable long id,
            @Valid @RequestBody TrainingSurveyRequest request) {
        return SurveyResponse.of(training.recordResponse(actor, id, request.toCommand()));
    }

    @GetMapping("/{id}/responses")
    @Operation(summary = "The surveys of a training event, by the day they were received")
    List<SurveyResponse> responses(Actor actor, @PathVariable long id) {
        return training.responses(actor, id).stream().map(SurveyResponse::of).toList();
    }
}
