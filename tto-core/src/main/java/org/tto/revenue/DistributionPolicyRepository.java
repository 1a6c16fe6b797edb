package org.tto.revenue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DistributionPolicyRepository extends JpaRepository<DistributionPolicy, Long> {

    /** The version in force on a date: the latest effective on or before it. */
    Optional<DistributionPolicy> findFirstByInstitutionIdAndEffectiveFromLessThanEqualOrderByEffectiveFromDesc(
            Long institutionId, LocalDate date);

    List<DistributionPolicy> findByInstitutionIdOrderByVersionNumber(Long institutionId);
}
