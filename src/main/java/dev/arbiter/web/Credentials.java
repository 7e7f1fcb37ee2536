package dev.arbiter.web;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The users' passwords, kept in the ledger database as slow salted hashes, with a lock-out after repeated failures:
 * {@value #MAX_FAILURES} wrong passwords in a row lock the user out for 15 minutes.
 */
public final class Credentials {
    static final int MAX_FAILURES = 5;
    static final Duration LOCK_OUT = Duration.ofMinutes(15);

    private final Connection connection;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** Credentials in the ledger database; the ledger's migrations must have run (open a JdbcLedger first). */
    public Credentials(Connection connection, Clock clock) {
        this.connection = connection;
        this.clock = clock;
    }

    /** Sets (or replaces) a user's password and clears any lock-out. */
    public synchronized void setPassword(String user, String password) {
        if (password.length() < 8) {
            throw new ArbiterException(ErrorKind.USER, "a password needs at least 8 characters");
        }
        PasswordHash hash = PasswordHash.of(password, random);
        update("DELETE FROM web_credential WHERE user_name = ?", user);
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO web_credential"
                + " (user_name, salt, password_hash, iterations, failed_attempts, locked_until) VALUES (?, ?, ?, ?, 0, NULL)")) {
            insert.setString(1, user);
            insert.setString(2, hash.salt());
            insert.setString(3, hash.hash());
            insert.setInt(4, hash.iterations());
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Checks a password; counts failures, locks out after too many, and says why a sign-in failed. */
    public synchronized SignIn check(String user, String password) {
        Optional<Stored> stored = stored(user);
        if (stored.isEmpty()) {
            return new SignIn(false, "unknown user or wrong password");
        }
        Instant now = clock.instant();
        if (stored.get().lockedUntil().filter(now::isBefore).isPresent()) {
            return new SignIn(false, "too many failed sign-ins; try again after " + stored.get().lockedUntil().get());
        }
        if (stored.get().hash().matches(password)) {
            update("UPDATE web_credential SET failed_attempts = 0, locked_until = NULL WHERE user_name = ?", user);
            return new SignIn(true, "signed in");
        }
        int failures = stored.get().failures() + 1;
        String lockedUntil = failures >= MAX_FAILURES ? now.plus(LOCK_OUT).toString() : null;
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE web_credential SET failed_attempts = ?, locked_until = ? WHERE user_name = ?")) {
            statement.setInt(1, lockedUntil == null ? failures : 0);
            statement.setString(2, lockedUntil);
            statement.setString(3, user);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
        return new SignIn(false, lockedUntil == null ? "unknown user or wrong password"
                : "too many failed sign-ins; try again after " + lockedUntil);
    }

    /** The answer to a sign-in. */
    public record SignIn(boolean accepted, String message) {}

    private record Stored(PasswordHash hash, int failures, Optional<Instant> lockedUntil) {}

    private Optional<Stored> stored(String user) {
        try (PreparedStatement query = connection.prepareStatement("SELECT salt, password_hash, iterations,"
                + " failed_attempts, locked_until FROM web_credential WHERE user_name = ?")) {
            query.setString(1, user);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Stored(new PasswordHash(rows.getString(1), rows.getString(2), rows.getInt(3)),
                        rows.getInt(4), Optional.ofNullable(rows.getString(5)).map(Instant::parse)));
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private void update(String sql, String user) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, user);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private static ArbiterException failure(SQLException e) {
        return new ArbiterException(ErrorKind.INTERNAL, "cannot read or write credentials: " + e.getMessage(), e);
    }
}
