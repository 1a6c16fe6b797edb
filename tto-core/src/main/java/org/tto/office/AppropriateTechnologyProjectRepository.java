package org.tto.office;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The countries' appropriate-technology projects. */
public interface AppropriateTechnologyProjectRepository extends JpaRepository<AppropriateTechnologyProject, Long> {

    List<AppropriateTechnologyProject> findByCountryCodeOrderByIdAsc(String countryCode);
}
