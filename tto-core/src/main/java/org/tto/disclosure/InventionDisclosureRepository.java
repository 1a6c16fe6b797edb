package org.tto.disclosure;

import java.util.Collection;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface InventionDisclosureRepository extends JpaRepository<InventionDisclosure, Long> {

    Optional<InventionDisclosure> findByReference(String reference);

    /**
     * The disclosures of one institution, optionally only those an inventor is named on, filtered by status, by
     * reference (from the engine's current step) and by free text in title, summary and keywords.
     */
    @Query("""
            select d from InventionDisclosure d
            where d.institution.id = :institutionId
              and (:inventor is null or d.submittedBy = :inventor
                   or exists (select i from d.inventors i where i.username = :inventor))
              and (:status is null or d.status = :status)
              and (:filterByReference = false or d.reference in :references)
              and (:text is null or lower(d.title) like :text or lower(d.summary) like :text
                   or lower(d.keywords) like :text)
            """)
    Page<InventionDisclosure> search(@Param("institutionId") Long institutionId, @Param("inventor") String inventor,
            @Param("status") DisclosureStatus status, @Param("filterByReference") boolean filterByReference,
            @Param("references") Collection<String> references, @Param("text") String text,
            Pageable pageable);
}
