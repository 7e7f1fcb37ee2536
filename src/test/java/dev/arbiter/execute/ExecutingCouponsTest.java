package dev.arbiter.execute;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.execute.bulksheet.BulksheetChannel;
import dev.arbiter.execute.jdbc.JdbcExecutionJournal;
import dev.arbiter.govern.Classification;
import dev.arbiter.govern.Status;
import dev.arbiter.govern.Verdict;
import dev.arbiter.govern.jdbc.JdbcLedger;
import dev.arbiter.model.CouponProposal;
import dev.arbiter.model.Money;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.User;
import dev.arbiter.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A coupon waits for ecommerce; once approved, execution writes its brief exactly once. */
class ExecutingCouponsTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate DAY = LocalDate.of(2026, 11, 23);

    @TempDir
    Path dir;

    private final Warehouse warehouse = Warehouse.inMemory();
    private final JdbcLedger ledger = new JdbcLedger(warehouse.connection(), CLOCK);
    private final JdbcExecutionJournal journal = new JdbcExecutionJournal(warehouse.connection());

    @AfterEach
    void close() {
        warehouse.close();
    }

    @Test
    void an_approved_coupon_becomes_a_brief_once_and_an_awaiting_one_is_left_alone() {
        CouponProposal coupon = new CouponProposal(new Sku("GP-01"), 0.15, Money.of("16.67", "USD"), 211,
                Money.of("527.61", "USD"), new Rationale("GP-01 is overstocked", List.of()));
        Classification waits = new Classification(new Verdict.Awaiting(Role.ECOMMERCE, "cannot be undone"), List.of());
        String id = ledger.record(coupon, waits, DAY.minusDays(1)).id();

        assertEquals(List.of(), execute().items());
        assertTrue(Files.notExists(dir.resolve("coupon-gp-01-2026-11-23.csv")));

        ledger.approve(id, new User("ecommerce", Role.ECOMMERCE), "clear it before Q1");
        ExecutionReport first = execute();
        assertEquals(List.of(dir.resolve("coupon-gp-01-2026-11-23.csv"), dir.resolve("coupon-gp-01-2026-11-23.html")),
                first.couponBriefs());
        assertEquals("written to the coupon brief for GP-01", first.items().get(0).detail());
        assertEquals(Status.EXECUTED, ledger.find(id).orElseThrow().status());
        assertEquals(List.of(ExecutedItem.Outcome.ALREADY_EXECUTED),
                execute().items().stream().map(ExecutedItem::outcome).toList());
    }

    private ExecutionReport execute() {
        return new Executor(ledger, journal, new BulksheetChannel(dir, DAY), CLOCK).execute(dir, DAY, false);
    }
}
