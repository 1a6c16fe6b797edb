package org.tto.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a Spring test on the real MariaDB of {@link TestDatabase}, through the application's own {@code mysql}
 * profile (so the profile's driver flags and isolation level are what is tested).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ActiveProfiles("mysql")
@ContextConfiguration(initializers = MariaDbInitializer.class)
public @interface OnMariaDb {}
