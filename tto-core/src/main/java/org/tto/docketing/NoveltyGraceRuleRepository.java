package org.tto.docketing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoveltyGraceRuleRepository extends JpaRepository<NoveltyGraceRule, String> {

    List<NoveltyGraceRule> findAllByOrderByCode();
}
