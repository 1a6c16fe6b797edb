package org.tto.api.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tto.audit.AuditTrail;
import org.tto.identity.Directory;

@Configuration(proxyBeanMethods = false)
class AuditConfig {

    /** Outside (before) Spring Security's chain, so its refusals are recorded as well. */
    @Bean
    FilterRegistrationBean<AuditFilter> auditFilter(AuditTrail trail, Directory directory, ObjectMapper json,
            Clock clock) {
        FilterRegistrationBean<AuditFilter> registration = new FilterRegistrationBean<>(
                new AuditFilter(trail, directory, json, clock));
        registration.addUrlPatterns("/api/*", "/engine-rest/*");
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 10);
        return registration;
    }
}
