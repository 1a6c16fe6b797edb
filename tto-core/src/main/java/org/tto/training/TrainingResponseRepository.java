package org.tto.training;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The survey responses of training events. */
public interface TrainingResponseRepository extends JpaRepository<TrainingResponse, Long> {

    List<TrainingResponse> findByEventIdOrderByReceivedOnAscIdAsc(Long eventId);
}
