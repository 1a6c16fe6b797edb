package org.tto.api.programme;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.tto.api.programme.ProgrammeRecordRequests.OperatingBudgetRequest;
import org.tto.api.programme.ProgrammeRecordRequests.PartnershipRequest;
import org.tto.api.programme.ProgrammeRecordRequests.PatentServiceRequest;
import org.tto.api.programme.ProgrammeRecordRequests.ProjectRequest;
import org.tto.api.programme.ProgrammeRecordRequests.StaffMemberRequest;
import org.tto.api.programme.ProgrammeRecordResponses.OperatingBudgetResponse;
import org.tto.api.programme.ProgrammeRecordResponses.PartnershipResponse;
import org.tto.api.programme.ProgrammeRecordResponses.PatentServiceResponse;
import org.tto.api.programme.ProgrammeRecordResponses.ProjectResponse;
import org.tto.api.programme.ProgrammeRecordResponses.StaffMemberResponse;
import org.tto.identity.Actor;
import org.tto.office.OfficeRecordsService;
import org.tto.shared.InvalidInputException;

/**
 * The TTO's staff register, partnerships, patent-information services and operating budgets, and a country's
 * appropriate-technology projects.
 */
@RestController
@Validated
@Tag(name = "TTO records",
        description = "The TTO's own records that feed the programme indicators — its staff register, partnerships, "
                + "patent-information services and operating budgets — and a country's appropriate-technology "
                + "projects. The institution's director and the country's coordinator keep the TTO's records "
                + "(officers record patent-information services too); the coordinator keeps the projects; everyone "
                + "but inventors reads them. A write to an approved (locked) reporting period is a 409.")
class OfficeRecordsController {

    private static final String INSTITUTION = "/api/institutions/{code}";
    private static final String PROJECTS = "/api/countries/{code}/appropriate-technology-projects";

    private final OfficeRecordsService records;

    OfficeRecordsController(OfficeRecordsService records) {
        this.records = records;
    }

    // --- the staff register ---------------------------------------------------------------------------------------

    @GetMapping(INSTITUTION + "/staff")
    @Operation(summary = "The TTO's staff register, by the day each joined")
    List<StaffMemberResponse> staff(Actor actor, @PathVariable String code) {
        return records.staff(actor, code).stream().map(StaffMemberResponse::of).toList();
    }

    @PostMapping(INSTITUTION + "/staff")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a member of the TTO's staff (director, coordinator)")
    StaffMemberResponse addStaffMember(Actor actor, @PathVariable String code,
            @Valid @RequestBody StaffMemberRequest request) {
        return StaffMemberResponse.of(records.addStaffMember(actor, code, request.toDetails()));
    }

    @PutMapping(INSTITUTION + "/staff/{id}")
    @Operation(summary = "Change an entry of the staff register (with its version as read; 409 if it changed since)")
    StaffMemberResponse changeStaffMember(Actor actor, @PathVariable String code, @PathVariable long id,
            @Valid @RequestBody StaffMemberRequest request) {
        return StaffMemberResponse.of(records.changeStaffMember(actor, code, id, request.toDetails(),
                required(request.version(), "staff member")));
    }

    // --- partnerships ---------------------------------------------------------------------------------------------

    @GetMapping(INSTITUTION + "/partnerships")
    @Operation(summary = "The TTO's partnerships, by the day each started")
    List<PartnershipResponse> partnerships(Actor actor, @PathVariable String code) {
        return records.partnerships(actor, code).stream().map(PartnershipResponse::of).toList();
    }

    @PostMapping(INSTITUTION + "/partnerships")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a partnership: twinning, a regional network, an industry association (director, "
            + "coordinator)")
    PartnershipResponse addPartnership(Actor actor, @PathVariable String code,
            @Valid @RequestBody PartnershipRequest request) {
        return PartnershipResponse.of(records.addPartnership(actor, code, request.toDetails()));
    }

    @PutMapping(INSTITUTION + "/partnerships/{id}")
    @Operation(summary = "Change a partnership, e.g. when it ends (with its version as read; 409 if it changed since)")
    PartnershipResponse changePartnership(Actor actor, @PathVariable String code, @PathVariable long id,
            @Valid @RequestBody PartnershipRequest request) {
        return PartnershipResponse.of(records.changePartnership(actor, code, id, request.toDetails(),
                required(request.version(), "partnership")));
    }

    // --- patent-information services ------------------------------------------------------------------------------

    @GetMapping(INSTITUTION + "/patent-information-services")
    @Operation(summary = "The patent-information services the TTO delivered, by the day of delivery")
    List<PatentServiceResponse> patentInformationServices(Actor actor, @PathVariable String code) {
        return records.patentInformationServices(actor, code).stream().map(PatentServiceResponse::of).toList();
    }

    @PostMapping(INSTITUTION + "/patent-information-services")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a patent-information service delivered (officer, director, coordinator)")
    PatentServiceResponse recordPatentInformationService(Actor actor, @PathVariable String code,
            @Valid @RequestBody PatentServiceRequest request) {
        return PatentServiceResponse.of(records.recordPatentInformationService(actor, code, request.toDetails()));
    }

    @PutMapping(INSTITUTION + "/patent-information-services/{id}")
    @Operation(summary = "Correct a recorded patent-information service (it keeps no version: the last correction "
            + "stands)")
    PatentServiceResponse changePatentInformationService(Actor actor, @PathVariable String code,
            @PathVariable long id, @Valid @RequestBody PatentServiceRequest request) {
        return PatentServiceResponse.of(records.changePatentInformationService(actor, code, id,
                request.toDetails()));
    }

    // --- operating budgets ----------------------------------------------------------------------------------------

    @GetMapping(INSTITUTION + "/operating-budgets")
    @Operation(summary = "The TTO's operating budgets, by fiscal year")
    List<OperatingBudgetResponse> operatingBudgets(Actor actor, @PathVariable String code) {
        return records.operatingBudgets(actor, code).stream().map(OperatingBudgetResponse::of).toList();
    }

    @PutMapping(INSTITUTION + "/operating-budgets/{fiscalYear}")
    @Operation(summary = "Enter (or correct) the TTO's operating budget of a fiscal year (director, coordinator)",
            description = "Staff and running costs; patent costs are the cases' own. Fiscal year N is the one that "
                    + "ends in calendar year N. Entered again, the figure is replaced; a correction may carry the "
                    + "version as read (409 if it changed since).")
    OperatingBudgetResponse enterOperatingBudget(Actor actor, @PathVariable String code,
            @PathVariable @Min(1900) @Max(2200) int fiscalYear, @Valid @RequestBody OperatingBudgetRequest request) {
        return OperatingBudgetResponse.of(records.enterOperatingBudget(actor, code, fiscalYear, request.toEntry(),
                request.version()));
    }

    // --- appropriate-technology projects --------------------------------------------------------------------------

    @GetMapping(PROJECTS)
    @Operation(summary = "The country's appropriate-technology projects")
    List<ProjectResponse> projects(Actor actor, @PathVariable String code) {
        return records.projects(actor, code).stream().map(ProjectResponse::of).toList();
    }

    @PostMapping(PROJECTS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record an appropriate-technology project of the country (coordinator)")
    ProjectResponse addProject(Actor actor, @PathVariable String code, @Valid @RequestBody ProjectRequest request) {
        return ProjectResponse.of(records.addProject(actor, code, request.toDetails()));
    }

    @PutMapping(PROJECTS + "/{id}")
    @Operation(summary = "Change a project, e.g. date its business plan (with its version as read; 409 if it "
            + "changed since)")
    ProjectResponse changeProject(Actor actor, @PathVariable String code, @PathVariable long id,
            @Valid @RequestBody ProjectRequest request) {
        return ProjectResponse.of(records.changeProject(actor, code, id, request.toDetails(),
                required(request.version(), "project")));
    }

    private static Long required(Long version, String what) {
        if (version == null) {
            throw new InvalidInputException("version", "Send the " + what + "'s version as you read it.");
        }
        return version;
    }
}
