package org.tto.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;
import org.tto.api.identity.TestOidcProvider;
import org.tto.testsupport.MariaDbInitializer;
import org.tto.testsupport.TestMail;

/**
 * The whole application over HTTP on the real MariaDB (through the mysql profile), with the demo users and an SMTP
 * server that records what is sent, and an OpenID Connect provider for the pages' sign-in ({@link TestOidcProvider}). Every integration test class uses exactly
 * this annotation, so they share one Spring context (and one engine) for the whole run. Metrics export is on, as in
 * production, so the Prometheus endpoint is tested too.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"tto.demo-data.enabled=true", "camunda.bpm.job-execution.enabled=false",
            // a stand-in OpenID Connect provider: tokens signed with src/test/resources/oidc/test-private.pem
            "spring.security.oauth2.resourceserver.jwt.public-key-location=classpath:oidc/test-public.pem"})
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = {MariaDbInitializer.class, TestMail.class, TestOidcProvider.class})
@AutoConfigureObservability
public @interface TtoIntegrationTest {}
