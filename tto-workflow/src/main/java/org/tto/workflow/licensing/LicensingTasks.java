package org.tto.workflow.licensing;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;
import org.tto.licensing.Confidentiality;
import org.tto.licensing.LicenseAgreement;
import org.tto.licensing.LicenseTerms;
import org.tto.licensing.LicensingCommands.ExecuteAgreement;
import org.tto.licensing.LicensingCommands.WriteBrief;
import org.tto.licensing.LicensingPath;
import org.tto.licensing.LicensingPathService;
import org.tto.licensing.Obligation;
import org.tto.licensing.OptionGrant;
import org.tto.licensing.TechnologyBrief;
import org.tto.licensing.TermSheet;
import org.tto.workflow.licensing.LicensingProcess.Elements;
import org.tto.workflow.licensing.LicensingProcess.Messages;
import org.tto.workflow.licensing.LicensingProcess.Variables;
import org.tto.workflow.task.TaskCompletions;

/**
 * The licensing paths of a case: started by an officer (or by the case's process), then each user task completed
 * with its typed command — the path's rows and the task's completion commit together; only ids and gateway flags go
 * into the process. A case may run several paths, one per licence (different fields of use, non-exclusive licences).
 */
@Service
@Transactional
public class LicensingTasks {

    private final LicensingPathService paths;
    private final ObligationWatches watches;
    private final RuntimeService runtime;
    private final TaskCompletions completions;

    public LicensingTasks(LicensingPathService paths, ObligationWatches watches, RuntimeService runtime,
            TaskCompletions completions) {
        this.completions = completions;
        this.paths = paths;
        this.watches = watches;
        this.runtime = runtime;
    }

    /** Starts a licensing path; answers the path. */
    public LicensingPath start(Actor actor, long disclosureId) {
        InventionDisclosure disclosure = paths.requireCanStart(actor, disclosureId);
        ProcessInstance process = runtime.startProcessInstanceByKey(LicensingProcess.KEY, disclosure.reference(),
                Map.of(Variables.DISCLOSURE_ID, disclosure.id(), Variables.INSTITUTION_CODE,
                        disclosure.institution().code(), Variables.STARTED_BY, actor.username()));
        long pathId = ((Number) runtime.getVariable(process.getId(), Variables.PATH_ID)).longValue();
        return paths.get(actor, pathId);
    }

    public TechnologyBrief prepareBrief(Actor actor, String taskId, WriteBrief brief) {
        Task task = completions.workable(actor, taskId, LicensingProcess.KEY, Elements.PREPARE_BRIEF);
        TechnologyBrief written = paths.writeBrief(actor, pathId(task), brief);
        completions.complete(actor, taskId);
        return written;
    }

    public LicensingPath chooseProspect(Actor actor, String taskId, long prospectId) {
        Task task = completions.workable(actor, taskId, LicensingProcess.KEY, Elements.MARKET_TECHNOLOGY);
        LicensingPath path = paths.chooseProspect(actor, pathId(task), prospectId);
        completions.complete(actor, taskId);
        return path;
    }

    public LicensingPath recordConfidentiality(Actor actor, String taskId, Confidentiality signed,
            boolean optionFirst) {
        Task task = completions.workable(actor, taskId, LicensingProcess.KEY, Elements.RECORD_CONFIDENTIALITY);
        LicensingPath path = paths.recordConfidentiality(actor, pathId(task), signed, optionFirst);
        completions.complete(actor, taskId, Map.of(Variables.OPTION_FIRST, optionFirst));
        return path;
    }

    public LicensingPath recordOption(Actor actor, String taskId, OptionGrant option) {
        Task task = completions.workable(actor, taskId, LicensingProcess.KEY, Elements.RECORD_OPTION);
        LicensingPath path = paths.grantOption(actor, pathId(task), option);
        completions.complete(actor, taskId);
        return path;
    }

    public LicensingPath agreeTermSheet(Actor actor, String taskId, TermSheet termSheet) {
        Task task = completions.workable(actor, taskId, LicensingProcess.KEY, Elements.AGREE_TERM_SHEET);
        LicensingPath path = paths.agreeTermSheet(actor, pathId(task), termSheet);
        completions.complete(actor, taskId);
        return path;
    }

    public LicenseAgreement draft(Actor actor, String taskId, LicenseTerms terms) {
        Task task = completions.workable(actor, taskId, LicensingProcess.KEY, Elements.DRAFT_AGREEMENT);
        LicenseAgreement agreement = paths.draftAgreement(actor, pathId(task), terms);
        completions.complete(actor, taskId, Map.of(Variables.AGREEMENT_ID, agreement.id(), Variables.CONFLICT_FLAGGED,
                agreement.licenseeLinkedToInventor()));
        return agreement;
    }

    public LicensingPath decideConflict(Actor actor, String taskId, boolean cleared, String note) {
        Task task = completions.workable(actor, taskId, LicensingProcess.KEY, Elements.CLEAR_CONFLICT);
        LicensingPath path = paths.decideConflict(actor, pathId(task), cleared, note);
        completions.complete(actor, taskId, Map.of(Variables.CONFLICT_CLEARED, cleared));
        return path;
    }

    public LicensingPath decideApproval(Actor actor, String taskId, boolean approved, String note) {
        Task task = completions.workable(actor, taskId, LicensingProcess.KEY, Elements.APPROVE_AGREEMENT);
        LicensingPath path = paths.decideApproval(actor, pathId(task), approved, note);
        completions.complete(actor, taskId, Map.of(Variables.APPROVED, approved));
        return path;
    }

    public List<Obligation> recordExecution(Actor actor, String taskId, ExecuteAgreement command) {
        Task task = completions.workable(actor, taskId, LicensingProcess.KEY, Elements.RECORD_EXECUTION);
        List<Obligation> schedule = watches.execute(actor, agreementId(task), command);
        completions.complete(actor, taskId);
        return schedule;
    }

    /** Abandons a path at whatever step it waits: the path's row first, then the process's event sub-process. */
    public LicensingPath abandon(Actor actor, long pathId, String reason) {
        LicensingPath path = paths.abandon(actor, pathId, reason);
        runtime.createMessageCorrelation(Messages.ABANDONED).processInstanceId(path.processInstanceId())
                .correlateWithResult();
        return path;
    }

    private long pathId(Task task) {
        return completions.id(task, Variables.PATH_ID);
    }

    private long agreementId(Task task) {
        return completions.id(task, Variables.AGREEMENT_ID);
    }
}
