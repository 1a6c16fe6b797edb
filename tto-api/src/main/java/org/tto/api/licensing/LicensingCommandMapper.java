package org.tto.api.licensing;

import java.util.List;
import org.mapstruct.Mapper;
import org.tto.api.licensing.LicensingRequests.AgreementRequest;
import org.tto.api.licensing.LicensingRequests.ExecutionRequest;
import org.tto.api.licensing.LicensingRequests.MilestoneRequest;
import org.tto.api.licensing.LicensingRequests.RoyaltyReportRequest;
import org.tto.api.licensing.LicensingRequests.SalesRequest;
import org.tto.api.licensing.LicensingRequests.TierRequest;
import org.tto.licensing.LicenseTerms;
import org.tto.licensing.LicensingCommands;
import org.tto.licensing.Milestone;
import org.tto.licensing.RoyaltyTier;
import org.tto.licensing.SalesLine;

/** Validated requests to the licensing commands. */
@Mapper(componentModel = "spring")
interface LicensingCommandMapper {

    LicenseTerms toTerms(AgreementRequest request);

    RoyaltyTier toTier(TierRequest request);

    SalesLine toSales(SalesRequest request);

    LicensingCommands.ExecuteAgreement toCommand(ExecutionRequest request);

    LicensingCommands.RecordRoyaltyReport toCommand(RoyaltyReportRequest request);

    default Milestone toMilestone(MilestoneRequest request) {
        return new Milestone(request.description(), request.dueDate(), request.payment());
    }

    default List<Milestone> toMilestones(List<MilestoneRequest> requests) {
        return requests == null ? List.of() : requests.stream().map(this::toMilestone).toList();
    }
}
