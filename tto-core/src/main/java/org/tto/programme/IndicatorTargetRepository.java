package org.tto.programme;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.tto.programme.IndicatorTarget.Kind;
import org.tto.programme.IndicatorTarget.ScopeKind;

/** Targets and baselines. */
public interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

    Optional<IndicatorTarget> findByKindAndIndicatorCodeAndMeasureCodeAndScopeKindAndScopeKeyAndYear(Kind kind,
            String indicatorCode, String measureCode, ScopeKind scopeKind, String scopeKey, int year);

    List<IndicatorTarget> findByYearLessThanEqual(int year);

    List<IndicatorTarget> findByIndicatorCodeOrderByKindAscScopeKindAscScopeKeyAscYearAsc(String indicatorCode);
}
