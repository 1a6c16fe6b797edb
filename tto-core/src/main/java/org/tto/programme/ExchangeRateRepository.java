package org.tto.programme;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** The recorded rates. */
public interface ExchangeRateRepository extends JpaRepository<ExchangeRate, ExchangeRate.Key> {

    List<ExchangeRate> findAllByOrderByKeyCurrencyAscKeyYearAsc();
}
