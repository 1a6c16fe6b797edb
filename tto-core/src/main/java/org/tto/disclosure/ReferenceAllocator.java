package org.tto.disclosure;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Hands out the next number of an institution's year, without gaps or duplicates under concurrent submissions: the
 * counter row is incremented with an UPDATE, which locks it until the submitting transaction ends, so concurrent
 * submissions take their numbers one after the other, and a rolled-back submission gives its number back.
 */
@Component
class ReferenceAllocator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    ReferenceAllocator(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    int next(long institutionId, int year) {
        ensureCounter(institutionId, year);
        jdbc.update("UPDATE disclosure_sequence SET last_value = last_value + 1"
                + " WHERE institution_id = ? AND seq_year = ?", institutionId, year);
        Integer value = jdbc.queryForObject("SELECT last_value FROM disclosure_sequence"
                + " WHERE institution_id = ? AND seq_year = ?", Integer.class, institutionId, year);
        return value;
    }

    /** The year's counter row, created (committed at once, in its own transaction) by the first who needs it. */
    private void ensureCounter(long institutionId, int year) {
        Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM disclosure_sequence"
                + " WHERE institution_id = ? AND seq_year = ?", Integer.class, institutionId, year);
        if (rows != null && rows > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "INSERT INTO disclosure_sequence (institution_id, seq_year, last_value) VALUES (?, ?, 0)",
                    institutionId, year));
        } catch (DuplicateKeyException concurrentlyCreated) {
            // another submission created it first: just use it
        }
    }
}
