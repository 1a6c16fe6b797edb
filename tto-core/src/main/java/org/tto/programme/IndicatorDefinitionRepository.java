package org.tto.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The stored definitions, every version. */
public interface IndicatorDefinitionRepository extends JpaRepository<IndicatorDefinition, Long> {

    List<IndicatorDefinition> findAllByOrderByOrdinalAscVersionAsc();
}
