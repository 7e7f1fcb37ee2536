package dev.arbiter.govern.jdbc;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Where a ledger on PostgreSQL lives, as the user writes it after {@code --store}: {@code postgresql://host:port/db?user=…}
 * (a {@code jdbc:postgresql://} address is accepted too).
 */
public record PostgresqlAddress(String jdbcUrl) {
    private static final String SCHEME = "postgresql://";

    public PostgresqlAddress {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    }

    /** The address written after {@code --store}, or a user error saying how to write one. */
    public static PostgresqlAddress parse(String written) {
        String address = written.strip();
        if (address.startsWith("jdbc:" + SCHEME)) {
            address = address.substring("jdbc:".length());
        }
        if (!address.startsWith(SCHEME) || address.length() == SCHEME.length()) {
            throw new ArbiterException(ErrorKind.USER, "--store '" + written + "' is not a PostgreSQL address; write"
                    + " postgresql://host:port/database?user=NAME&password=SECRET, or leave --store out to keep the"
                    + " ledger in the workspace");
        }
        return new PostgresqlAddress("jdbc:" + address);
    }

    /** A new connection to the server; the caller closes it. */
    public Connection connect() {
        try {
            return DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot connect to the ledger store " + withoutPassword()
                    + ": " + e.getMessage() + "; check that the server runs and the address, user and password are right", e);
        }
    }

    /** The address with any password masked, for messages. */
    public String withoutPassword() {
        return jdbcUrl.substring("jdbc:".length()).replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
