package dev.arbiter.govern.jdbc;

import dev.arbiter.govern.Classification;
import dev.arbiter.govern.GuardrailCheck;
import dev.arbiter.govern.Verdict;
import dev.arbiter.policy.Role;
import dev.arbiter.policy.User;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** Named starting states for ledger tests. */
final class Ledgers {
    static final LocalDate BASIS_DAY = LocalDate.of(2026, 11, 20);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T06:00:00Z"), ZoneOffset.UTC);
    static final User FINANCE = new User("fiona", Role.FINANCE);
    static final User MARKETING = new User("mark", Role.MARKETING);
    static final User CMO = new User("claire", Role.CMO);

    private Ledgers() {}

    static Classification awaitingFinance() {
        return new Classification(new Verdict.Awaiting(Role.FINANCE, "step +50% exceeds marketing's local authority of 20%"),
                List.of(new GuardrailCheck("margin-floor", true, "holds: action.step_pct <= 0.0")));
    }

    static Classification autoApproved() {
        return new Classification(new Verdict.AutoApproved(), List.of());
    }

    static Classification blocked() {
        return new Classification(new Verdict.Blocked("margin-floor", "keeps less than 5% after ads"),
                List.of(new GuardrailCheck("margin-floor", false, "fails: sku.contribution_after_ads_pct >= 0.05")));
    }
}
