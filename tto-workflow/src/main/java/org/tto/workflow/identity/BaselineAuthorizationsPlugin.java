package org.tto.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.springframework.stereotype.Component;
import org.tto.identity.DirectoryGroup;

/**
 * The engine's authorizations that do not depend on any case, ensured at every start (idempotent):
 * <ul>
 *   <li>the {@code admins} group may do everything, on every resource;</li>
 *   <li>every signed-in user may open Tasklist: which tasks they then see is decided by the tasks' own
 *       authorizations, which the engine grants to a task's assignee and candidate groups (and so only to the
 *       institution's own officers);</li>
 * </ul>
 * Cockpit and Admin stay with admins: Cockpit shows every institution's process instances.
 */
@Component
public class BaselineAuthorizationsPlugin extends AbstractProcessEnginePlugin {

    static final String TASKLIST = "tasklist";

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Resource resource : Resources.values()) {
            boolean granted = authorizations.createAuthorizationQuery()
                    .groupIdIn(DirectoryGroup.ADMINS)
                    .resourceType(resource)
                    .resourceId(ANY)
                    .count() > 0;
            if (!granted) {
                Authorization all = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                all.setGroupId(DirectoryGroup.ADMINS);
                all.setResource(resource);
                all.setResourceId(ANY);
                all.addPermission(Permissions.ALL);
                authorizations.saveAuthorization(all);
            }
        }
        boolean tasklistOpen = authorizations.createAuthorizationQuery()
                .authorizationType(AUTH_TYPE_GLOBAL)
                .resourceType(Resources.APPLICATION)
                .resourceId(TASKLIST)
                .count() > 0;
        if (!tasklistOpen) {
            Authorization tasklist = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
            tasklist.setUserId(ANY);
            tasklist.setResource(Resources.APPLICATION);
            tasklist.setResourceId(TASKLIST);
            tasklist.addPermission(Permissions.ACCESS);
            authorizations.saveAuthorization(tasklist);
        }
    }
}
