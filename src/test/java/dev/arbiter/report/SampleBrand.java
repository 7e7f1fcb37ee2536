package dev.arbiter.report;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.economics.TargetEconomics;
import dev.arbiter.model.ActionType;
import dev.arbiter.model.AdGroupId;
import dev.arbiter.model.CampaignId;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Figure;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.model.Rationale;
import dev.arbiter.model.Sku;
import dev.arbiter.model.TargetRef;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A seeded, internally consistent brand (36 SKUs over 28 days unless asked otherwise), for looking at a full report: every
 * SKU's economics is the sum of its days. Only the numbers are invented; the shapes are the contract types.
 */
public final class SampleBrand {

    private static final String[] CATEGORIES = {"Kitchen tools", "Cookware", "Cutting boards", "Storage", "Baking",
            "Outdoor grilling"};
    private static final Objective[] OBJECTIVES = Objective.values();
    private static final LocalDate LAST_DAY = LocalDate.of(2026, 11, 22);

    private SampleBrand() {}

    public static ReportInput input() {
        return input(36, 28);
    }

    /** A brand of {@code skuCount} SKUs over the {@code dayCount} days ending 2026-11-22, the same for the same sizes. */
    public static ReportInput input(int skuCount, int dayCount) {
        DateRange window = DateRange.endingOn(LAST_DAY, dayCount);
        Random random = new Random(20261123L);
        List<SkuEconomics> skus = new ArrayList<>();
        List<SkuDay> days = new ArrayList<>();
        List<TargetEconomics> targets = new ArrayList<>();
        for (int i = 0; i < skuCount; i++) {
            Sku sku = new Sku(String.format(Locale.ROOT, "SKU-%04d", i + 1));
            String category = CATEGORIES[i % CATEGORIES.length];
            Objective objective = OBJECTIVES[i % OBJECTIVES.length];
            double price = 12 + random.nextInt(60);
            double unitCost = price * (0.25 + random.nextDouble() * 0.2);
            double conversion = 0.04 + random.nextDouble() * 0.12;
            double acos = 0.15 + random.nextDouble() * 0.5;
            long stock = 50 + random.nextInt(1500);
            List<SkuDay> own = new ArrayList<>();
            for (LocalDate day = window.from(); !day.isAfter(window.to()); day = day.plusDays(1)) {
                long sessions = 20 + random.nextInt(180);
                long units = stock > 0 ? Math.min(stock, Math.round(sessions * conversion)) : 0;
                stock -= units;
                double revenue = units * price;
                double spend = 5 + random.nextDouble() * 40;
                own.add(new SkuDay(day, sku, category, units, sessions, 0.8 + random.nextDouble() * 0.2, usd(revenue),
                        usd(units * unitCost), usd(revenue * 0.3), usd(revenue * 0.02 * random.nextDouble()),
                        usd(spend), usd(spend / acos), stock));
            }
            days.addAll(own);
            skus.add(economics(sku, "Sample product " + (i + 1), category, objective, own, usd(unitCost), stock, window));
            targets.add(target(sku, i, random, window));
        }
        return new ReportInput("Sample Kitchen Brand", window, skus, days, targets, actions(), ObjectiveTerms.defaults());
    }

    private static SkuEconomics economics(Sku sku, String title, String category, Objective objective, List<SkuDay> own,
            Money unitCost, long available, DateRange window) {
        Money zero = usd(0);
        long units = own.stream().mapToLong(SkuDay::units).sum();
        long sessions = own.stream().mapToLong(SkuDay::sessions).sum();
        double buyBox = own.stream().mapToDouble(d -> d.buyBoxPct() * d.sessions()).sum() / sessions;
        double inStock = own.stream().filter(d -> d.available() > 0).count() / (double) own.size();
        double perDay = units / (double) own.size();
        Money revenue = own.stream().map(SkuDay::revenue).reduce(zero, Money::plus);
        return new SkuEconomics(sku, "B0SAMPLE" + sku.value().substring(4), title, category, objective, "Acme Supplies",
                21 + (sku.value().hashCode() & 15), unitCost, window, units, sessions, revenue,
                own.stream().map(SkuDay::cogs).reduce(zero, Money::plus),
                own.stream().map(SkuDay::fees).reduce(zero, Money::plus),
                own.stream().map(SkuDay::returnsCost).reduce(zero, Money::plus),
                own.stream().map(SkuDay::adSpend).reduce(zero, Money::plus),
                own.stream().map(SkuDay::adSales).reduce(zero, Money::plus), buyBox, inStock, available, 0, perDay,
                perDay == 0 ? Double.POSITIVE_INFINITY : available / perDay,
                units == 0 ? usd(0) : new Money(revenue.amount().divide(BigDecimal.valueOf(units), MathContext.DECIMAL64), revenue.currency()));
    }

    private static TargetEconomics target(Sku sku, int i, Random random, DateRange window) {
        TargetRef ref = new TargetRef(TargetRef.Kind.KEYWORD, new CampaignId("10000" + i), new AdGroupId("20000" + i),
                "30000" + i, "Campaign " + i, "Ad group " + i, "keyword " + i, "exact");
        long impressions = 5_000 + random.nextInt(40_000);
        long clicks = impressions / (80 + random.nextInt(200));
        return new TargetEconomics(ref, sku, usd(0.9), "enabled", window, impressions, clicks, clicks / 8, clicks / 8,
                usd(clicks * 0.9), usd(clicks * 3.1));
    }

    private static List<ActionLine> actions() {
        Rationale above = new Rationale("ACoS above the target its objective allows",
                List.of(Figure.ratio("acos", 0.47), Figure.ratio("target_acos", 0.31), Figure.money("spend", usd(412.5))));
        Rationale cover = new Rationale("cover shorter than the supplier's lead time",
                List.of(Figure.days("days_of_cover", 9.5), Figure.count("lead_time_days", 21), Figure.perDay("units_per_day", 14.2)));
        return List.of(
                new ActionLine("A-101", ActionType.BID_CHANGE, "bid Campaign 3 › Ad group 3 › keyword 3 [exact]: 0.90 → 0.72 USD", "executed", "marketing", above),
                new ActionLine("A-102", ActionType.NEGATIVE_KEYWORD, "negative exact \"cheap garlic press\" in Campaign 4 › Ad group 4", "auto_approved", "marketing", above),
                new ActionLine("A-103", ActionType.BUDGET_CHANGE, "daily budget Campaign 7: 40.00 → 55.00 USD", "awaiting", "finance", above),
                new ActionLine("A-104", ActionType.RESTOCK_ORDER, "order 600 × SKU-012 from Acme Supplies (5,400.00 USD)", "awaiting", "finance", cover),
                new ActionLine("A-105", ActionType.ADS_PAUSE, "pause 2 product ad(s) of SKU-020", "awaiting", "ecommerce", cover),
                new ActionLine("A-106", ActionType.BID_CHANGE, "bid Campaign 9 › Ad group 9 › keyword 9 [exact]: 0.90 → 1.20 USD", "blocked", "margin-floor", above));
    }

    private static Money usd(double amount) {
        return new Money(BigDecimal.valueOf(amount), Currency.getInstance("USD"));
    }
}
