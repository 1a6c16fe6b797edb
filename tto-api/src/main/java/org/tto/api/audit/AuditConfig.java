package org.tto.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;
import org.tto.audit.AuditTrail;
import org.tto.identity.Directory;

@Configuration(proxyBeanMethods = false)
class AuditConfig {

    /**
     * Outside (before) Spring Security's chain, so its refusals are recorded as well; on every path (the API, the
     * engine's REST API, the webapps' API, the pages' form posts), for state-changing requests only.
     */
    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditTrail trail, Directory directory, ObjectMapper json,
            Clock clock, PlatformTransactionManager transactions) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(
                new AuditFilter(trail, directory, json, clock, transactions));
        registration.addUrlPatterns("/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
