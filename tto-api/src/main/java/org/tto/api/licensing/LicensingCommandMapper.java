package org.tto.api.licensing;

import java.util.List;
import org.mapstruct.Mapper;
import org.tto.api.licensing.LicensingRequests.AgreementRequest;
import org.tto.api.licensing.LicensingRequests.BriefRequest;
import org.tto.api.licensing.LicensingRequests.ConfidentialityRequest;
import org.tto.api.licensing.LicensingRequests.InteractionRequest;
import org.tto.api.licensing.LicensingRequests.OptionRequest;
import org.tto.api.licensing.LicensingRequests.ProspectRequest;
import org.tto.api.licensing.LicensingRequests.TermSheetRequest;
import org.tto.api.licensing.LicensingRequests.ExecutionRequest;
import org.tto.api.licensing.LicensingRequests.MilestoneRequest;
import org.tto.api.licensing.LicensingRequests.RoyaltyReportRequest;
import org.tto.api.licensing.LicensingRequests.SalesRequest;
import org.tto.api.licensing.LicensingRequests.TierRequest;
import org.tto.licensing.Confidentiality;
import org.tto.licensing.LicenseTerms;
import org.tto.licensing.LicensingCommands;
import org.tto.licensing.Milestone;
import org.tto.licensing.OptionGrant;
import org.tto.licensing.RoyaltyTier;
import org.tto.licensing.SalesLine;
import org.tto.licensing.TermSheet;

/** Validated requests to the licensing commands. */
@Mapper(componentModel = "spring")
interface LicensingCommandMapper {

    LicenseTerms toTerms(AgreementRequest request);

    RoyaltyTier toTier(TierRequest request);

    SalesLine toSales(SalesRequest request);

    LicensingCommands.ExecuteAgreement toCommand(ExecutionRequest request);

    LicensingCommands.RecordRoyaltyReport toCommand(RoyaltyReportRequest request);

    LicensingCommands.WriteBrief toCommand(BriefRequest request);

    LicensingCommands.AddProspect toCommand(ProspectRequest request);

    LicensingCommands.RecordInteraction toCommand(InteractionRequest request);

    OptionGrant toOption(OptionRequest request);

    TermSheet toTermSheet(TermSheetRequest request);

    default Confidentiality toConfidentiality(ConfidentialityRequest request) {
        return new Confidentiality(request.kind(), request.signedOn(), request.expiresOn(), request.reference());
    }

    default Milestone toMilestone(MilestoneRequest request) {
        return new Milestone(request.description(), request.dueDate(), request.payment());
    }

    default List<Milestone> toMilestones(List<MilestoneRequest> requests) {
        return requests == null ? List.of() : requests.stream().map(this::toMilestone).toList();
    }
}
