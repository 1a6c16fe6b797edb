package org.tto.plan;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface PlanRepository extends JpaRepository<ImplementationPlan, Long> {

    /**
     * Loads a plan for a command: its version is incremented when the command commits, whatever the command changed
     * (the state, an action item, a budget line), so two concurrent commands on one plan cannot both commit.
     */
    @Lock(LockModeType.OPTIMISTIC_FORCE_INCREMENT)
    @Query("select p from ImplementationPlan p where p.id = :id")
    Optional<ImplementationPlan> findForUpdate(Long id);

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
