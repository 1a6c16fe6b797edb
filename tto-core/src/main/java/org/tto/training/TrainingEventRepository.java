package org.tto.training;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Training events, by country and the days they start. */
public interface TrainingEventRepository extends JpaRepository<TrainingEvent, Long> {

    List<TrainingEvent> findByCountryCodeAndStartsOnBetweenOrderByStartsOnAscIdAsc(String countryCode,
            LocalDate from, LocalDate to);
}
