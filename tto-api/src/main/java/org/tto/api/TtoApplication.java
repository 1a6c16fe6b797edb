package org.tto.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The TTO case and licensing management system: REST API, workflow engine and its webapps in one process. */
@SpringBootApplication(scanBasePackages = "org.tto")
@EntityScan(basePackages = "org.tto")
@EnableJpaRepositories(basePackages = "org.tto")
public class TtoApplication {

    public static void main(String[] args) {
        SpringApplication.run(TtoApplication.class, args);
    }
}
