package org.tto.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The revisions of targets and baselines. */
public interface TargetRevisionRepository extends JpaRepository<TargetRevision, Long> {

    List<TargetRevision> findByTargetIdOrderByIdAsc(Long targetId);
}
