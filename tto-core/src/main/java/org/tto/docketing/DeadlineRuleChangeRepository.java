package org.tto.docketing;

import java.util.Optional;
import org.springframework.data.repository.Repository;

public interface DeadlineRuleChangeRepository extends Repository<DeadlineRuleChange, Long> {

    /** The latest change of that rule (migrations are numbered V001, V002, ...: the greatest is the latest). */
    Optional<DeadlineRuleChange> findFirstByRuleIdOrderByMigrationDesc(String ruleId);
}
