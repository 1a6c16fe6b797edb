package org.tto.licensing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProspectRepository extends JpaRepository<Prospect, Long> {

    List<Prospect> findByDisclosureIdOrderByIdAsc(Long disclosureId);
}
