package org.tto.licensing;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ObligationRepository extends JpaRepository<Obligation, Long> {

    List<Obligation> findByAgreementIdOrderByDueDateAscIdAsc(Long agreementId);

    Optional<Obligation> findByAgreementIdAndKindAndPeriodStart(Long agreementId, Obligation.Kind kind,
            LocalDate periodStart);

    @Query("""
            select o from Obligation o, LicenseAgreement a
            where a.id = o.agreementId and a.institutionId = :institutionId and o.status in :statuses
              and o.dueDate <= :until
            order by o.dueDate, o.id
            """)
    List<Obligation> ofInstitution(Long institutionId, Collection<Obligation.Status> statuses, LocalDate until);

    List<Obligation> findByStatusAndDueDateBefore(Obligation.Status status, LocalDate date);
}
