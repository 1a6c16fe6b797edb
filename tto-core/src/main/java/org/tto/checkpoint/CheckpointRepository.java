package org.tto.checkpoint;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CheckpointRepository extends JpaRepository<SustainabilityCheckpoint, Long> {

    List<SustainabilityCheckpoint> findByPlanIdOrderByDueDateAscIdAsc(long planId);

    List<SustainabilityCheckpoint> findByStatusOrderBySubmittedAtAsc(CheckpointStatus status);

    List<SustainabilityCheckpoint> findByStatusAndDueDateBefore(CheckpointStatus status, java.time.LocalDate date);
}
