package org.tto.api.shared;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Errors answered before any controller — by Tomcat, or by Spring Security's firewall — are problems too.
 */
@Configuration(proxyBeanMethods = false)
class ContainerErrors {

    /** Tomcat's error report valve writes a problem ({@link ProblemErrorReportValve}), not its HTML page. */
    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemErrorReports() {
        return factory -> factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
            }
        });
    }

    /**
     * The firewall's refusal (a {@code ;}, an encoded {@code /}, {@code ..} or a non-printable character in the
     * path, an unknown method) answers 400 with a problem.
     */
    @Bean
    RequestRejectedHandler problemRequestRejectedHandler() {
        return (request, response, rejected) -> {
            if (response.isCommitted()) {
                return;
            }
            HttpStatus status = HttpStatus.BAD_REQUEST;
            response.setStatus(status.value());
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"type\":\"" + ProblemTypes.REQUEST_REJECTED
                    + "\",\"title\":\"Bad Request\",\"status\":400,\"detail\":\""
                    + ProblemErrorController.detail(status) + "\"}");
            response.flushBuffer();
        };
    }
}
