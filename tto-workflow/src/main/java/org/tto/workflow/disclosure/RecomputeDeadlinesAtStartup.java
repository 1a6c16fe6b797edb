package org.tto.workflow.disclosure;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import org.tto.disclosure.DeadlineRecomputation.Recomputed;

/**
 * The start-up check that follows a migration changing docketing rules (V015): open deadlines docketed under a rule
 * whose figure changed are recomputed and their watches moved. Nothing to do once they match their rules, so it is
 * cheap on every later start. Off with {@code tto.docketing.recompute-at-startup=false}.
 */
@Component
@ConditionalOnProperty(name = "tto.docketing.recompute-at-startup", havingValue = "true", matchIfMissing = true)
class RecomputeDeadlinesAtStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(RecomputeDeadlinesAtStartup.class);

    private final DeadlineWatches watches;

    RecomputeDeadlinesAtStartup(DeadlineWatches watches) {
        this.watches = watches;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<Recomputed> recomputed = watches.recomputeUnderChangedRules();
        recomputed.forEach(r -> log.info("Deadline {} recomputed: {}", r.deadlineId(), r.traceLine()));
        if (!recomputed.isEmpty()) {
            log.info("{} docketed deadline(s) recomputed under changed rules", recomputed.size());
        }
    }
}
