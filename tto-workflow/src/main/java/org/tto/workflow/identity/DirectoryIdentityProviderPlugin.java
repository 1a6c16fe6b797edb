package org.tto.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.ReadOnlyIdentityProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.springframework.stereotype.Component;
import org.tto.identity.Directory;
import org.tto.identity.DirectoryGroup;

/**
 * Makes the application's {@link Directory} the engine's identity provider: Cockpit, Tasklist and Admin sign users in
 * against the same users and BCrypt passwords as the REST API, and candidate groups are the directory's groups. The
 * provider is read-only, so nobody can create users through Camunda Admin (nor through its first-admin setup page).
 */
@Component
public class DirectoryIdentityProviderPlugin extends AbstractProcessEnginePlugin {

    private final Directory directory;

    public DirectoryIdentityProviderPlugin(Directory directory) {
        this.directory = directory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setIdentityProviderSessionFactory(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return ReadOnlyIdentityProvider.class;
            }

            @Override
            public Session openSession() {
                return new DirectoryIdentityProvider(directory);
            }
        });
        List<String> adminGroups = new ArrayList<>();
        if (configuration.getAdminGroups() != null) {
            adminGroups.addAll(configuration.getAdminGroups());
        }
        adminGroups.add(DirectoryGroup.ADMINS);
        configuration.setAdminGroups(adminGroups);
    }
}
