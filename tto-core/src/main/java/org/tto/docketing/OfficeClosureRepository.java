package org.tto.docketing;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OfficeClosureRepository extends JpaRepository<OfficeClosure, Long> {

    List<OfficeClosure> findByOfficeCodeAndClosureDateBetween(String officeCode, LocalDate from, LocalDate to);
}
