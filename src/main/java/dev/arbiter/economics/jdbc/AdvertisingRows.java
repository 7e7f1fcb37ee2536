package dev.arbiter.economics.jdbc;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Currency;
import java.util.Map;

/** Turns rows of the advertising queries into targets, search terms and product ads. */
final class AdvertisingRows {
    private AdvertisingRows() {}

    static TargetEconomics target(ResultSet row, DateRange window) throws SQLException {
        TargetRef ref = new TargetRef(
                TargetRef.Kind.valueOf(row.getString("kind")),
                new CampaignId(row.getString("campaign_id")),
                new AdGroupId(row.getString("ad_group_id")),
                row.getString("target_id"),
                row.getString("campaign_name"),
                row.getString("ad_group_name"),
                row.getString("text"),
                row.getString("match_type"));
        Currency currency = Currency.getInstance(row.getString("currency"));
        return new TargetEconomics(
                ref,
                new Sku(row.getString("sku")),
                Money.of(row.getBigDecimal("current_bid"), Currency.getInstance(row.getString("bid_currency"))),
                row.getString("state"),
                window,
                row.getLong("impressions"),
                row.getLong("clicks"),
                row.getLong("orders"),
                row.getLong("units"),
                Money.of(row.getBigDecimal("spend"), currency),
                Money.of(row.getBigDecimal("sales"), currency));
    }

    static SearchTermStats searchTerm(ResultSet row) throws SQLException {
        Currency currency = Currency.getInstance(row.getString("currency"));
        return new SearchTermStats(
                new CampaignId(row.getString("campaign_id")),
                new AdGroupId(row.getString("ad_group_id")),
                row.getString("campaign_name"),
                row.getString("ad_group_name"),
                row.getString("targeting"),
                row.getString("match_type"),
                row.getString("search_term"),
                new Sku(row.getString("sku")),
                row.getBoolean("automatic"),
                row.getLong("impressions"),
                row.getLong("clicks"),
                row.getLong("orders"),
                Money.of(row.getBigDecimal("spend"), currency),
                Money.of(row.getBigDecimal("sales"), currency));
    }

    static Map.Entry<Sku, ProductAdRef> productAd(ResultSet row) throws SQLException {
        ProductAdRef ad = new ProductAdRef(
                new CampaignId(row.getString("campaign_id")),
                new AdGroupId(row.getString("ad_group_id")),
                row.getString("ad_id"),
                row.getString("campaign_name"),
                row.getString("ad_group_name"));
        return Map.entry(new Sku(row.getString("sku")), ad);
    }
}
