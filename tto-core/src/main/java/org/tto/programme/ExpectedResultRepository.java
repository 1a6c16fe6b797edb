package org.tto.programme;

import org.springframework.data.jpa.repository.JpaRepository;

/** The programme's expected results. */
public interface ExpectedResultRepository extends JpaRepository<ExpectedResult, String> {}
