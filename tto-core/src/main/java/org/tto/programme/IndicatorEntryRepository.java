package org.tto.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Entered values. */
public interface IndicatorEntryRepository extends JpaRepository<IndicatorEntry, Long> {

    List<IndicatorEntry> findByCountryCodeAndYearOrderByIdAsc(String countryCode, int year);
}
