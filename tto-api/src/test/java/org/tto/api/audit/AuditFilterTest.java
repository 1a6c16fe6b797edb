package org.tto.api.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.tto.audit.AuditEntry;
import org.tto.audit.AuditTrail;
import org.tto.identity.Directory;

/** The audit entry of an accepted change commits with it; a refused request's on its own; a dead database fails fast. */
class AuditFilterTest {

    /** A transaction manager that says what happened, in order. */
    static final class Transactions implements PlatformTransactionManager {
        final List<String> events = new ArrayList<>();
        RuntimeException onBegin;
        RuntimeException onCommit;
        SimpleTransactionStatus current;

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            events.add("begin");
            if (onBegin != null) {
                throw onBegin;
            }
            current = new SimpleTransactionStatus(true);
            return current;
        }

        @Override
        public void commit(TransactionStatus status) {
            ((SimpleTransactionStatus) status).setCompleted();
            if (onCommit != null) {
                events.add("commit failed");
                throw onCommit;
            }
            events.add("commit");
        }

        @Override
        public void rollback(TransactionStatus status) {
            ((SimpleTransactionStatus) status).setCompleted();
            events.add("rollback");
        }

        boolean active() {
            return current != null && !current.isCompleted();
        }
    }

    private final Transactions transactions = new Transactions();
    private final AuditTrail trail = mock(AuditTrail.class);
    private final AuditFilter filter = new AuditFilter(trail, mock(Directory.class), new ObjectMapper(),
            Clock.systemUTC(), transactions);

    AuditFilterTest() {
        when(trail.recordInTransaction(any())).thenAnswer(call -> {
            transactions.events.add(transactions.active() ? "entry in the transaction" : "entry outside");
            return call.getArgument(0);
        });
        when(trail.record(any())).thenAnswer(call -> {
            transactions.events.add(transactions.active() ? "own entry inside" : "own entry");
            return call.getArgument(0);
        });
    }

    @Test
    void anAcceptedChangeCommitsWithItsEntry() throws Exception {
        MockHttpServletResponse response = run(answering(201));
        assertThat(response.getStatus()).isEqualTo(201);
        assertThat(transactions.events).containsExactly("begin", "entry in the transaction", "commit");
    }

    @Test
    void aRefusedRequestIsRolledBackAndItsEntryWrittenOnItsOwn() throws Exception {
        MockHttpServletResponse response = run(answering(409));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(transactions.events).containsExactly("begin", "rollback", "own entry");
    }

    @Test
    void aChangeWhoseEntryCannotBeWrittenIsNotCommitted() throws Exception {
        doThrow(new IllegalStateException("audit insert failed")).when(trail).recordInTransaction(any());
        MockHttpServletResponse response = run(answering(201));
        assertThat(transactions.events).containsExactly("begin", "rollback", "own entry");
        assertThat(response.getStatus()).isEqualTo(500);
        assertThat(response.getContentAsString()).contains("nothing was changed");
    }

    @Test
    void aConflictAtCommitAnswers409() throws Exception {
        transactions.onCommit = new OptimisticLockingFailureException("version");
        MockHttpServletResponse response = run(answering(200));
        assertThat(response.getStatus()).isEqualTo(409);
        assertThat(response.getContentAsString()).contains("concurrent-update");
        assertThat(transactions.events).containsExactly("begin", "entry in the transaction", "commit failed",
                "own entry");
    }

    @Test
    void whenTheDatabaseIsDownWritesAreRefusedAtOnce() throws Exception {
        transactions.onBegin = new CannotCreateTransactionException("no connection");
        FilterChain chain = mock(FilterChain.class);
        MockHttpServletResponse first = new MockHttpServletResponse();
        filter.doFilter(post(), first, chain);
        MockHttpServletResponse second = new MockHttpServletResponse();
        filter.doFilter(post(), second, chain);

        assertThat(first.getStatus()).isEqualTo(503);
        assertThat(first.getContentAsString()).contains("unavailable");
        assertThat(second.getStatus()).isEqualTo(503);
        assertThat(second.getHeader("Retry-After")).isEqualTo("5");
        assertThat(transactions.events).as("the second did not wait for a connection").containsExactly("begin");
        verify(chain, never()).doFilter(any(), any());
        verify(trail, never()).record(any());
    }

    private static FilterChain answering(int status) {
        return (request, response) -> {
            ((jakarta.servlet.http.HttpServletResponse) response).setStatus(status);
            response.getWriter().write("{}");
        };
    }

    private MockHttpServletResponse run(FilterChain chain) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(post(), response, chain);
        return response;
    }

    private static MockHttpServletRequest post() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/api/disclosures");
        request.setRequestURI("/api/disclosures");
        return request;
    }
}
