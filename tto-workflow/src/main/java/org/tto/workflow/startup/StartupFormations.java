package org.tto.workflow.startup;

import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tto.disclosure.InventionDisclosure;
import org.tto.identity.Actor;
import org.tto.startup.ConflictVerdict;
import org.tto.startup.PlanVerdict;
import org.tto.startup.StartupCommands.FormStartup;
import org.tto.startup.StartupCommands.Incorporate;
import org.tto.startup.StartupCompany;
import org.tto.startup.StartupService;
import org.tto.workflow.startup.StartupFormationProcess.Elements;
import org.tto.workflow.startup.StartupFormationProcess.Variables;
import org.tto.workflow.task.TaskCompletions;

/**
 * The start-up path of a case: started by an officer (or called from the case's process), then each user task
 * completed with its typed command. The start-up's rows and the task's completion commit together; only ids and
 * gateway flags go into the process. The start-up process is the only way to form and incorporate a start-up.
 */
@Service
@Transactional
public class StartupFormations {

    private final StartupService startups;
    private final RuntimeService runtime;
    private final TaskCompletions completions;

    public StartupFormations(StartupService startups, RuntimeService runtime, TaskCompletions completions) {
        this.completions = completions;
        this.startups = startups;
        this.runtime = runtime;
    }

    /** Starts a start-up path on a case ready for commercialisation; answers the process instance id. */
    public String start(Actor actor, long disclosureId) {
        InventionDisclosure disclosure = startups.requireStartable(actor, disclosureId);
        ProcessInstance process = runtime.startProcessInstanceByKey(StartupFormationProcess.KEY,
                disclosure.reference(), Map.of(Variables.DISCLOSURE_ID, disclosure.id(), Variables.INSTITUTION_CODE,
                        disclosure.institution().code(), Variables.STARTED_BY, actor.username()));
        return process.getId();
    }

    /** 'Record the founders and the business plan' (officers): forms the start-up; an inventor founder flags it. */
    public StartupCompany recordFounders(Actor actor, String taskId, FormStartup command) {
        Task task = completions.workable(actor, taskId, StartupFormationProcess.KEY, Elements.RECORD_FOUNDERS);
        StartupCompany startup = startups.form(actor, longVariable(task, Variables.DISCLOSURE_ID), command);
        completions.complete(actor, taskId, Map.of(Variables.STARTUP_ID, startup.id(), Variables.CONFLICT_FLAGGED,
                startup.conflictFlagged()));
        return startup;
    }

    /** 'Review the business plan' (director): approve, send back for revision, or decline (abandons it). */
    public StartupCompany reviewPlan(Actor actor, String taskId, PlanVerdict verdict, String note) {
        Task task = completions.workable(actor, taskId, StartupFormationProcess.KEY, Elements.REVIEW_PLAN);
        StartupCompany startup = startups.reviewPlan(actor, startupId(task), verdict, note);
        completions.complete(actor, taskId, Map.of(Variables.PLAN_VERDICT, verdict.name()));
        return startup;
    }

    /** 'Revise the business plan' (officers): the revised plan goes back to the director. */
    public StartupCompany revisePlan(Actor actor, String taskId, String businessPlanSummary, String note) {
        Task task = completions.workable(actor, taskId, StartupFormationProcess.KEY, Elements.REVISE_PLAN);
        StartupCompany startup = startups.revisePlan(actor, startupId(task), businessPlanSummary, note);
        completions.complete(actor, taskId);
        return startup;
    }

    /** 'Review the conflict of interest' (director): cleared with a note, or refused (abandons it). */
    public StartupCompany reviewConflict(Actor actor, String taskId, ConflictVerdict verdict, String note) {
        Task task = completions.workable(actor, taskId, StartupFormationProcess.KEY, Elements.REVIEW_CONFLICT);
        StartupCompany startup = startups.reviewConflict(actor, startupId(task), verdict, note);
        completions.complete(actor, taskId, Map.of(Variables.CONFLICT_CLEARED, verdict == ConflictVerdict.CLEARED));
        return startup;
    }

    /** 'Record incorporation and the institution's equity' (officers): the start-up is active. */
    public StartupCompany recordIncorporation(Actor actor, String taskId, Incorporate command) {
        Task task = completions.workable(actor, taskId, StartupFormationProcess.KEY, Elements.RECORD_INCORPORATION);
        StartupCompany startup = startups.incorporate(actor, startupId(task), command);
        completions.complete(actor, taskId);
        return startup;
    }

    private long startupId(Task task) {
        return longVariable(task, Variables.STARTUP_ID);
    }

    private long longVariable(Task task, String name) {
        return completions.id(task, name);
    }
}
