package org.tto.disclosure;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProtectionDecisionRepository extends JpaRepository<ProtectionDecision, Long> {

    Optional<ProtectionDecision> findFirstByDisclosureIdOrderByDecidedAtDesc(Long disclosureId);
}
