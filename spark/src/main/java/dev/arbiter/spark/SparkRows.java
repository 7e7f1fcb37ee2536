package dev.arbiter.spark;

import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.apache.spark.sql.Row;

/** Turns rows of the Spark queries into the same values the embedded warehouse gives. */
final class SparkRows {
    private SparkRows() {}

    static SkuDay skuDay(Row row) {
        Sku sku = new Sku(row.getAs("sku"));
        Currency currency = Currency.getInstance((String) row.getAs("catalog_currency"));
        sameCurrency(sku, currency, row.getAs("sales_currency"), "Business Report");
        sameCurrency(sku, currency, row.getAs("ad_currency"), "advertised product report");
        sameCurrency(sku, currency, row.getAs("stock_currency"), "inventory report");
        sameCurrency(sku, currency, row.getAs("fee_currency"), "fee preview");
        Long available = row.getAs("available");
        Double buyBox = row.getAs("buy_box_pct");
        return new SkuDay(
                row.<LocalDate>getAs("day"),
                sku,
                row.getAs("category"),
                row.<Long>getAs("units"),
                row.<Long>getAs("sessions"),
                buyBox == null ? Double.NaN : buyBox,
                money(row, "revenue", currency),
                money(row, "cogs", currency),
                money(row, "fees", currency),
                Money.zero(currency),
                money(row, "ad_spend", currency),
                money(row, "ad_sales", currency),
                available == null ? 0 : available);
    }

    static TargetEconomics target(Row row, DateRange window) {
        TargetRef ref = new TargetRef(
                TargetRef.Kind.valueOf(row.getAs("kind")),
                new CampaignId(row.getAs("campaign_id")),
                new AdGroupId(row.getAs("ad_group_id")),
                row.getAs("target_id"),
                row.getAs("campaign_name"),
                row.getAs("ad_group_name"),
                row.getAs("text"),
                row.getAs("match_type"));
        Currency currency = Currency.getInstance((String) row.getAs("currency"));
        return new TargetEconomics(
                ref,
                new Sku(row.getAs("sku")),
                money(row, "current_bid", Currency.getInstance((String) row.getAs("bid_currency"))),
                row.getAs("state"),
                window,
                row.<Long>getAs("impressions"),
                row.<Long>getAs("clicks"),
                row.<Long>getAs("orders"),
                row.<Long>getAs("units"),
                money(row, "spend", currency),
                money(row, "sales", currency));
    }

    static SearchTermStats searchTerm(Row row) {
        Currency currency = Currency.getInstance((String) row.getAs("currency"));
        return new SearchTermStats(
                new CampaignId(row.getAs("campaign_id")),
                new AdGroupId(row.getAs("ad_group_id")),
                row.getAs("campaign_name"),
                row.getAs("ad_group_name"),
                row.getAs("targeting"),
                row.getAs("match_type"),
                row.getAs("search_term"),
                new Sku(row.getAs("sku")),
                row.<Boolean>getAs("automatic"),
                row.<Long>getAs("impressions"),
                row.<Long>getAs("clicks"),
                row.<Long>getAs("orders"),
                money(row, "spend", currency),
                money(row, "sales", currency));
    }

    private static Money money(Row row, String column, Currency currency) {
        BigDecimal amount = row.getAs(column);
        return Money.of(amount, currency);
    }

    /** The same refusal as the embedded warehouse's: one marketplace, one currency per workspace. */
    private static void sameCurrency(Sku sku, Currency catalog, String other, String source) {
        if (other != null && !other.equals(catalog.getCurrencyCode())) {
            throw new ArbiterException(ErrorKind.USER, "SKU " + sku + " is costed in " + catalog.getCurrencyCode()
                    + " in the catalog but the " + source + " gives " + other
                    + "; load the reports of one marketplace per workspace, or fix the catalog's currency");
        }
    }
}
