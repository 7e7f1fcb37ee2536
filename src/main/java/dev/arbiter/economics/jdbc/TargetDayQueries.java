package dev.arbiter.economics.jdbc;

import dev.arbiter.economics.TargetDay;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import dev.arbiter.warehouse.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/** Each keyword and product target's delivery per day, the series outcomes compare before and after an action. */
public final class TargetDayQueries {
    private final Connection warehouse;

    public TargetDayQueries(Connection warehouse) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
    }

    /** Every target's delivery on each day of {@code range} that has some; days without delivery have no row. */
    public List<TargetDay> targetDays(DateRange range) {
        String sql = SqlResource.of(TargetDayQueries.class, "target_days");
        List<TargetDay> days = new ArrayList<>();
        try (PreparedStatement statement = warehouse.prepareStatement(sql)) {
            statement.setObject(1, range.from().toString());
            statement.setObject(2, range.to().toString());
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    Currency currency = Currency.getInstance(row.getString("currency"));
                    days.add(new TargetDay(row.getObject("day", LocalDate.class), row.getString("target_key"),
                            new CampaignId(row.getString("campaign_id")), new Sku(row.getString("sku")),
                            row.getLong("clicks"), Money.of(row.getBigDecimal("spend"), currency),
                            Money.of(row.getBigDecimal("sales"), currency), row.getLong("orders")));
                }
            }
            return days;
        } catch (SQLException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL,
                    "cannot read daily target delivery (target_days) from the warehouse: " + e.getMessage(), e);
        }
    }
}
