package dev.arbiter.economics.jdbc;

import dev.arbiter.economics.CampaignSpendHistory;
import dev.arbiter.economics.SpendDay;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** Assembles the rows of {@code campaign_spend_history.sql} (one per campaign, day and SKU) into histories. */
final class CampaignHistoryRows {

    /**
     * One row: a campaign's bulksheet data and, when it had report rows, one day's spend, attributed sales and share of
     * organic sales of one SKU.
     */
    record Row(CampaignId campaignId, String campaignName, Optional<String> portfolioId, String portfolioName,
            Money dailyBudget, Optional<LocalDate> endDate, boolean enabled, LocalDate day, Sku sku, double spend,
            double sales, double organicSales) {}

    private CampaignHistoryRows() {}

    static Row row(ResultSet row) throws SQLException {
        LocalDate day = row.getObject("day", LocalDate.class);
        String sku = row.getString("sku");
        BigDecimal spend = row.getBigDecimal("spend");
        BigDecimal sales = row.getBigDecimal("sales");
        BigDecimal organic = row.getBigDecimal("organic_sales");
        return new Row(
                new CampaignId(row.getString("campaign_id")),
                row.getString("campaign_name"),
                Optional.ofNullable(row.getString("portfolio_id")).filter(id -> !id.isBlank()),
                row.getString("portfolio_name"),
                Money.of(row.getBigDecimal("daily_budget"), Currency.getInstance(row.getString("currency"))),
                Optional.ofNullable(row.getObject("end_date", LocalDate.class)),
                "enabled".equals(row.getString("state")),
                day,
                sku == null ? null : new Sku(sku),
                spend == null ? 0 : spend.doubleValue(),
                sales == null ? 0 : sales.doubleValue(),
                organic == null ? 0 : organic.doubleValue());
    }

    static List<CampaignSpendHistory> histories(List<Row> rows) {
        Map<CampaignId, List<Row>> byCampaign = new LinkedHashMap<>();
        rows.forEach(row -> byCampaign.computeIfAbsent(row.campaignId(), id -> new ArrayList<>()).add(row));
        List<CampaignSpendHistory> histories = new ArrayList<>();
        for (List<Row> campaign : byCampaign.values()) {
            Map<LocalDate, double[]> days = new TreeMap<>();
            Map<Sku, Double> salesBySku = new LinkedHashMap<>();
            for (Row row : campaign) {
                if (row.day() == null || row.sku() == null) {
                    continue;
                }
                double[] totals = days.computeIfAbsent(row.day(), d -> new double[3]);
                totals[0] += row.spend();
                totals[1] += row.sales();
                totals[2] += row.organicSales();
                salesBySku.merge(row.sku(), row.sales(), Double::sum);
            }
            List<SpendDay> spendDays = new ArrayList<>();
            days.forEach((day, totals) -> spendDays.add(new SpendDay(day, totals[0], totals[1] + totals[2], totals[1])));
            Row first = campaign.get(0);
            histories.add(new CampaignSpendHistory(first.campaignId(), first.campaignName(), first.portfolioId(),
                    first.portfolioName(), first.endDate(), first.dailyBudget(), first.enabled(), spendDays,
                    salesBySku));
        }
        return histories;
    }
}
