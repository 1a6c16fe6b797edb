package org.tto.report;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AutmMetricDefinitionRepository extends JpaRepository<AutmMetricDefinition, Long> {

    List<AutmMetricDefinition> findAllByOrderByMetricCodeAscSurveyYearAsc();
}
