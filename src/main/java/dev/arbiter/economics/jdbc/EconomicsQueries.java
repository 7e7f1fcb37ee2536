package dev.arbiter.economics.jdbc;

import dev.arbiter.economics.AdProduct;
import dev.arbiter.economics.AdProductSpend;
import dev.arbiter.economics.CampaignSpendHistory;
import dev.arbiter.economics.ExactKeyword;
import dev.arbiter.economics.RatingReading;
import dev.arbiter.economics.SearchTermStats;
import dev.arbiter.economics.TargetDay;
import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.SkuTrend;
import dev.arbiter.economics.SpendSource;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.economics.engine.EconomicsEngine;
import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.ErrorKind;
import dev.arbiter.model.Money;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.ProductAdRef;
import dev.arbiter.model.Sku;
import dev.arbiter.warehouse.SqlResource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads the economics of SKUs, targets and search terms from the warehouse (schema V1__reports.sql), each query
 * one {@code .sql} file beside this class, every value a bound parameter. The grain (SKU-days, targets, search
 * terms) may come from another {@link EconomicsEngine} instead, such as Apache Spark reading the same tables.
 */
public final class EconomicsQueries implements EconomicsEngine {

    /** Maps the current row of a result set. */
    @FunctionalInterface
    interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private final Connection warehouse;
    /** Where SKU-days, targets and search terms come from instead of the warehouse SQL; null for DuckDB. */
    private final EconomicsEngine grain;
    private final ObjectivePlan objectives;

    /** Borrows the warehouse connection; never closes it. Every SKU keeps its catalog objective. */
    public EconomicsQueries(Connection warehouse) {
        this(warehouse, ObjectivePlan.none());
    }

    /**
     * Borrows the warehouse connection; never closes it. A SKU's objective is the one {@code objectives} gives it on
     * the last day of the window asked for.
     */
    public EconomicsQueries(Connection warehouse, ObjectivePlan objectives) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.objectives = Objects.requireNonNull(objectives, "objectives");
        this.grain = null;
    }

    /** Borrows the warehouse connection and reads SKU-days, targets and search terms from {@code grain} instead. */
    public EconomicsQueries(Connection warehouse, EconomicsEngine grain) {
        this(warehouse, ObjectivePlan.none(), grain);
    }

    /** Borrows the warehouse connection, resolves objectives by {@code objectives} and reads the grain from {@code grain}. */
    public EconomicsQueries(Connection warehouse, ObjectivePlan objectives, EconomicsEngine grain) {
        this.warehouse = Objects.requireNonNull(warehouse, "warehouse");
        this.objectives = Objects.requireNonNull(objectives, "objectives");
        this.grain = Objects.requireNonNull(grain, "grain");
    }

    /** The same queries with SKU objectives resolved by another plan (a candidate operating model's). */
    public EconomicsQueries withObjectives(ObjectivePlan plan) {
        return grain == null ? new EconomicsQueries(warehouse, plan) : new EconomicsQueries(warehouse, plan, grain);
    }

    /** The plan that resolves each SKU's objective. */
    public ObjectivePlan objectives() {
        return objectives;
    }

    /** The days the Business Reports cover, first to last; empty before any has been loaded. */
    public Optional<DateRange> dataRange() {
        List<Optional<DateRange>> rows = query("data_range", List.of(), row -> {
            LocalDate first = row.getObject("first_day", LocalDate.class);
            LocalDate last = row.getObject("last_day", LocalDate.class);
            return first == null || last == null ? Optional.empty() : Optional.of(new DateRange(first, last));
        });
        return rows.isEmpty() ? Optional.empty() : rows.get(0);
    }

    /**
     * Every catalog SKU on every day of {@code range} that the Business Reports cover: revenue = ordered product
     * sales; COGS = units × catalog unit cost; fees = revenue × referral rate (referral fee per unit / your price of
     * the latest fee preview) + units × FBA fulfilment fee per unit + next month's estimated storage cost / 30 on
     * days with an inventory snapshot; ad spend and sales from the advertised product report; available units from
     * that day's inventory snapshot, 0 without one. Returns cost = FBA customer returns × catalog unit cost. On a
     * day a loaded V2 settlement covers, fees (but storage) and returns cost are the SKU's actual amounts posted that
     * day instead: referral, fulfilment, selling and shipping fees of its orders; its refunds (less taxes and the
     * commission Amazon gives back) and return-handling fees.
     */
    @Override
    public List<SkuDay> skuDays(DateRange range) {
        if (grain != null) {
            return grain.skuDays(range);
        }
        return query("contribution_by_sku_day", days(range), SkuDayRow::map);
    }

    /**
     * Each catalog SKU's economics over {@code window}: the sums of {@link #skuDays}, with the catalog's data, the
     * session-weighted Buy Box share, the in-stock rate over the days with an inventory snapshot, the units available
     * and inbound at the window's last snapshot, velocity over the days the Business Reports cover, days of cover and
     * the average selling price (the listed price where nothing sold). The objective is the plan's on the window's
     * last day: the SKU's entry in force, else its category's, else the catalog's, else the plan's default.
     */
    public List<SkuEconomics> skus(DateRange window) {
        Map<Sku, List<SkuDay>> daysBySku = skuDays(window).stream()
                .collect(Collectors.groupingBy(SkuDay::sku, LinkedHashMap::new, Collectors.toList()));
        return query("sku_catalog", days(window), row -> SkuRollup.of(row, window, daysBySku, objectives));
    }

    /**
     * Keyword and product-target delivery over {@code window} from the search term report, with the ids, bid and
     * running state of the latest bulksheet and the SKU the ad group advertises (the enabled product ad's, the
     * first by SKU when there are several). Delivery that no bulksheet entity matches is left out, auto
     * campaigns reported under targeting {@code *} among it.
     */
    @Override
    public List<TargetEconomics> targets(DateRange window) {
        if (grain != null) {
            return grain.targets(window);
        }
        return query("target_delivery", days(window), row -> AdvertisingRows.target(row, window));
    }

    /**
     * Customer search terms over {@code window}, summed per campaign, ad group, targeting, match type and term, with
     * the ad group's ids and SKU from the latest bulksheet; terms of ad groups it does not know are left out.
     */
    @Override
    public List<SearchTermStats> searchTerms(DateRange window) {
        if (grain != null) {
            return grain.searchTerms(window);
        }
        return query("search_terms_by_ad_group", days(window), AdvertisingRows::searchTerm);
    }

    /** The exact keywords of the latest bulksheet download, per SKU ({@link ExactKeywordQueries}). */
    public List<ExactKeyword> exactKeywords() {
        return new ExactKeywordQueries(warehouse).exactKeywords();
    }

    /** Each target's delivery per day over {@code range} ({@link TargetDayQueries}). */
    public List<TargetDay> targetDays(DateRange range) {
        return new TargetDayQueries(warehouse).targetDays(range);
    }

    /** The product ads of the latest bulksheet that serve now (ad, ad group and campaign enabled), per SKU. */
    public Map<Sku, List<ProductAdRef>> enabledProductAds() {
        Map<Sku, List<ProductAdRef>> ads = new LinkedHashMap<>();
        for (Map.Entry<Sku, ProductAdRef> ad : query("enabled_product_ads", List.of(), AdvertisingRows::productAd)) {
            ads.computeIfAbsent(ad.getKey(), k -> new ArrayList<>()).add(ad.getValue());
        }
        ads.replaceAll((sku, list) -> List.copyOf(list));
        return ads;
    }

    /**
     * Every campaign of the latest bulksheet with its portfolio, daily budget and state, and its daily spend and
     * attributed sales per advertised SKU from the advertised product report over {@code range}: the history
     * spend-response curves are fitted from.
     */
    public List<CampaignSpendHistory> campaignHistories(DateRange range) {
        return CampaignHistoryRows.histories(query("campaign_spend_history", days(range), CampaignHistoryRows::row));
    }

    /**
     * Each catalog SKU's sales and rating trends on the days ending with {@code lastDay}: sales of the last 14 (28)
     * days against the 14 (28) before, and the ratings file's average stars over the same spans.
     */
    public Map<Sku, SkuTrend> trends(LocalDate lastDay) {
        Map<Sku, SkuTrend> trends = new LinkedHashMap<>();
        for (SkuTrend trend : query("sku_trends", List.of(lastDay.toString()), TrendRows::trend)) {
            trends.put(trend.sku(), trend);
        }
        return trends;
    }

    /** One SKU's ratings readings over {@code range}, oldest first; empty without a ratings file. */
    public List<RatingReading> ratings(Sku sku, DateRange range) {
        List<Object> parameters = new ArrayList<>();
        parameters.add(sku.value());
        parameters.addAll(days(range));
        return query("sku_ratings", parameters, row -> new RatingReading(row.getObject("day", LocalDate.class),
                row.getDouble("rating"), row.getLong("ratings_count")));
    }

    /**
     * Each ad product's spend and attributed sales over {@code window}, one line per source report (formats doc A2):
     * Sponsored Products and Display advertised product reports, Sponsored Brands and Display campaign reports; Display
     * campaign spend only on days no Display advertised product report covers.
     */
    public List<AdProductSpend> adProductSpend(DateRange window) {
        return query("ad_product_spend", days(window), row -> {
            Currency currency = Currency.getInstance(row.getString("currency"));
            return new AdProductSpend(AdProduct.valueOf(row.getString("product")),
                    SpendSource.valueOf(row.getString("source")), row.getInt("days"),
                    Money.of(row.getBigDecimal("spend"), currency), Money.of(row.getBigDecimal("sales"), currency));
        });
    }

    private static List<Object> days(DateRange range) {
        Objects.requireNonNull(range, "range");
        return List.of(range.from().toString(), range.to().toString());
    }

    private <T> List<T> query(String name, List<Object> parameters, RowMapper<T> mapper) {
        String sql = SqlResource.of(EconomicsQueries.class, name);
        try (PreparedStatement statement = warehouse.prepareStatement(sql)) {
            for (int i = 0; i < parameters.size(); i++) {
                statement.setObject(i + 1, parameters.get(i));
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(mapper.map(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new ArbiterException(
                    ErrorKind.EXTERNAL,
                    "cannot read economics (" + name + ") from the warehouse: " + e.getMessage(),
                    e);
        }
    }
}
