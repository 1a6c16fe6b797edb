package org.tto.docketing;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PctOfficeRepository extends JpaRepository<PctOffice, String> {

    List<PctOffice> findAllByOrderByCode();
}
