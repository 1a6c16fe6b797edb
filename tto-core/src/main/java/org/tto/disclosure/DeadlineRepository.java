package org.tto.disclosure;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface DeadlineRepository extends JpaRepository<Deadline, Long> {

    List<Deadline> findByDisclosureIdOrderByDueDate(Long disclosureId);

    boolean existsByFilingId(Long filingId);

    List<Deadline> findByStatusOrderById(Deadline.Status status);

    List<Deadline> findByFilingIdAndRuleId(Long filingId, String ruleId);

    /** The open deadlines of an institution's cases due on or before a date (overdue ones too), soonest first. */
    @Query("select new org.tto.disclosure.DueDeadline(d, c.id, c.reference, c.title) from Deadline d, "
            + "InventionDisclosure c where c.id = d.disclosureId and c.institution.id = :institutionId "
            + "and d.status = org.tto.disclosure.Deadline.Status.OPEN and d.dueDate <= :by order by d.dueDate, d.id")
    List<DueDeadline> openOfInstitutionDueBy(@Param("institutionId") Long institutionId, @Param("by") LocalDate by);
}
