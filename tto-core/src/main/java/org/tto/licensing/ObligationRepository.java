package org.tto.licensing;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface ObligationRepository extends JpaRepository<Obligation, Long> {

    List<Obligation> findByAgreementIdOrderByDueDateAscIdAsc(Long agreementId);

    Optional<Obligation> findByAgreementIdAndKindAndPeriodStart(Long agreementId, Obligation.Kind kind,
            LocalDate periodStart);

    /** Open obligations due from {@code from} to {@code until}: still ahead, none late. */
    @Query("""
            select o from Obligation o, LicenseAgreement a
            where a.id = o.agreementId and a.institutionId = :institutionId and o.status = :open
              and o.dueDate >= :from and o.dueDate <= :until
            order by o.dueDate, o.id
            """)
    List<Obligation> dueBetween(Long institutionId, Obligation.Status open, LocalDate from, LocalDate until);

    default List<Obligation> openDueBetween(Long institutionId, LocalDate from, LocalDate until) {
        return dueBetween(institutionId, Obligation.Status.OPEN, from, until);
    }

    /** Late obligations: marked late, or open and past their due date though the daily sweep has not run yet. */
    @Query("""
            select o from Obligation o, LicenseAgreement a
            where a.id = o.agreementId and a.institutionId = :institutionId
              and (o.status = :late or (o.status = :open and o.dueDate < :today))
            order by o.dueDate, o.id
            """)
    List<Obligation> lateOf(Long institutionId, Obligation.Status late, Obligation.Status open, LocalDate today);

    default List<Obligation> lateOf(Long institutionId, LocalDate today) {
        return lateOf(institutionId, Obligation.Status.LATE, Obligation.Status.OPEN, today);
    }

    List<Obligation> findByStatusAndDueDateBefore(Obligation.Status status, LocalDate date);
}
