package org.tto.licensing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LicenseAgreementRepository extends JpaRepository<LicenseAgreement, Long> {

    List<LicenseAgreement> findByDisclosureIdOrderByIdAsc(Long disclosureId);

    List<LicenseAgreement> findByInstitutionIdOrderByIdAsc(Long institutionId);
}
