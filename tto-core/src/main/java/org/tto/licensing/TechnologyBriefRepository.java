package org.tto.licensing;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface TechnologyBriefRepository extends JpaRepository<TechnologyBrief, Long> {

    Optional<TechnologyBrief> findByDisclosureId(Long disclosureId);
}
