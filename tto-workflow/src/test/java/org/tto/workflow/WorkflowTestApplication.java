package org.tto.workflow;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The engine with the domain, without the web: what process tests of tto-workflow boot. */
@SpringBootApplication(scanBasePackages = "org.tto")
@EntityScan(basePackages = "org.tto")
@EnableJpaRepositories(basePackages = "org.tto")
public class WorkflowTestApplication {}
