package dev.arbiter.govern.jdbc;

import static dev.arbiter.govern.Actions.aBudgetChange;
import static dev.arbiter.govern.jdbc.Ledgers.BASIS_DAY;
import static dev.arbiter.govern.jdbc.Ledgers.CLOCK;
import static dev.arbiter.govern.jdbc.Ledgers.CMO;
import static dev.arbiter.govern.jdbc.Ledgers.FINANCE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.govern.DecisionOutcome;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The same ledger suite on PostgreSQL (issue 4), plus a race only a server shows; skipped unless a server is named. */
class PostgresqlLedgerIT extends LedgerSuite {

    @Override
    Store openStore() {
        return new PostgresqlStore();
    }

    @Test
    void two_people_deciding_the_same_action_at_once_exactly_one_wins_and_the_other_is_told() throws Exception {
        try (PostgresqlStore store = new PostgresqlStore()) {
            JdbcLedger finance = new JdbcLedger(store.connection(), CLOCK);
            String id = finance.record(aBudgetChange("100.00", "150.00"), Ledgers.awaitingFinance(), BASIS_DAY).id();
            JdbcLedger cmo = new JdbcLedger(store.anotherConnection(), CLOCK);
            CountDownLatch start = new CountDownLatch(1);
            ExecutorService people = Executors.newFixedThreadPool(2);
            try {
                Future<DecisionOutcome> approval = people.submit(when(start, () -> finance.approve(id, FINANCE, "yes")));
                Future<DecisionOutcome> rejection = people.submit(when(start, () -> cmo.reject(id, CMO, "no")));
                start.countDown();

                List<DecisionOutcome> outcomes = List.of(approval.get(), rejection.get());

                assertEquals(1, outcomes.stream().filter(DecisionOutcome::accepted).count(), outcomes.toString());
                assertEquals(3, finance.auditLog().entries().size());
                assertTrue(finance.auditLog().verify().intact());
            } finally {
                people.shutdown();
            }
        }
    }

    private static Callable<DecisionOutcome> when(CountDownLatch start, Callable<DecisionOutcome> decision) {
        return () -> {
            start.await();
            return decision.call();
        };
    }
}
