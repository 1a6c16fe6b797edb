package org.tto.api.disclosure;

import org.mapstruct.Mapper;
import org.tto.api.disclosure.DisclosureRequests.AnswerRequest;
import org.tto.api.disclosure.DisclosureRequests.AssessmentRequest;
import org.tto.api.disclosure.DisclosureRequests.CloseDeadlineRequest;
import org.tto.api.disclosure.DisclosureRequests.FilingsRequest;
import org.tto.api.disclosure.DisclosureRequests.ProtectionDecisionRequest;
import org.tto.api.disclosure.DisclosureRequests.SubmitDisclosureRequest;
import org.tto.api.disclosure.DisclosureRequests.TriageRequest;
import org.tto.disclosure.Assessment;
import org.tto.disclosure.Commands;

/** Validated requests to the domain's commands. */
@Mapper(componentModel = "spring")
interface DisclosureCommandMapper {

    Commands.SubmitDisclosure toCommand(SubmitDisclosureRequest request);

    Commands.Triage toCommand(TriageRequest request);

    Commands.AnswerQuestions toCommand(AnswerRequest request);

    Assessment.Scorecard toScorecard(AssessmentRequest request);

    Commands.DecideProtection toCommand(ProtectionDecisionRequest request);

    Commands.RecordFilings toCommand(FilingsRequest request);

    Commands.CloseDeadline toCommand(CloseDeadlineRequest request);
}
