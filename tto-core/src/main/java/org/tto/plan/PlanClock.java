package org.tto.plan;

import java.time.Clock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock plans and checkpoints read "today" and "now" from: UTC, replaceable in tests. */
@Configuration(proxyBeanMethods = false)
class PlanClock {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
