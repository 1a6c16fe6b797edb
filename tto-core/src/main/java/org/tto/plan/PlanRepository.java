package org.tto.plan;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<ImplementationPlan, Long> {

    @Query("select p from ImplementationPlan p join fetch p.institution where p.countryCode = :country order by p.id")
    List<ImplementationPlan> findByCountry(String country);

    @Query("select p from ImplementationPlan p join fetch p.institution i where i.code = :code")
    Optional<ImplementationPlan> findByInstitutionCode(String code);

    @Query("select p from ImplementationPlan p join fetch p.institution order by p.id")
    List<ImplementationPlan> findAllWithInstitution();

    @Query("select p from ImplementationPlan p where p.state not in :states order by p.id")
    List<ImplementationPlan> findByStateNotIn(Collection<PlanState> states);

    boolean existsByInstitutionId(Long institutionId);
}
