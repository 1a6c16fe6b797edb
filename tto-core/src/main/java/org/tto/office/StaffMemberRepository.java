package org.tto.office;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The staff registers of the TTOs. */
public interface StaffMemberRepository extends JpaRepository<StaffMember, Long> {

    List<StaffMember> findByInstitutionIdOrderByJoinedOnAscIdAsc(Long institutionId);
}
