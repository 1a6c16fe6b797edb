package org.tto.docketing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineRuleRepository extends JpaRepository<DeadlineRule, String> {

    List<DeadlineRule> findByKindNotOrderById(RuleKind kind);

    List<DeadlineRule> findByKindAndOfficeCodeAndPctChapterOrderByExtendedAscIdAsc(RuleKind kind, String officeCode,
            PctChapter pctChapter);

    List<DeadlineRule> findByKindOrderById(RuleKind kind);
}
