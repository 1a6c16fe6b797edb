package org.tto.revenue;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.tto.disclosure.InventionDisclosure;

/**
 * Serialises the distributions of one case: each reads the case's unrecovered costs and cumulative income, so two
 * receipts of the same case distributed at once must not both read the same figures.
 */
public interface CaseLocks extends Repository<InventionDisclosure, Long> {

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from InventionDisclosure d where d.id = :id")
    Optional<InventionDisclosure> lock(Long id);
}
