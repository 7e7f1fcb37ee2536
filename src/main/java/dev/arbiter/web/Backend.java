package dev.arbiter.web;

import dev.arbiter.economics.jdbc.EconomicsQueries;
import dev.arbiter.govern.AuditLog;
import dev.arbiter.govern.Ledger;
import dev.arbiter.model.DateRange;
import dev.arbiter.policy.OperatingModel;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * Everything the web app reads and changes, wired by the command that serves it.
 *
 * @param window the days every page reports on (the loop's window)
 * @param report renders the holistic report as a complete HTML page
 */
public record Backend(
        String brand,
        OperatingModel model,
        Ledger ledger,
        AuditLog audit,
        EconomicsQueries economics,
        Credentials credentials,
        DateRange window,
        Supplier<String> report,
        Clock clock) {
    public Backend {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(economics, "economics");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(clock, "clock");
    }
}
