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
import java.time.LocalDate;
import java.util.List;

/**
 * Three SKUs over two days, small enough to work every total out by hand (see ReportBuilderTest):
 * GP-01 (Kitchen, profit), GP-02 (Kitchen, launch), BOARD-9 (Boards, growth), plus one day outside the window.
 */
public final class ReportFixtures {

    public static final LocalDate DAY_1 = LocalDate.of(2026, 11, 1);
    public static final LocalDate DAY_2 = LocalDate.of(2026, 11, 2);
    public static final DateRange WINDOW = new DateRange(DAY_1, DAY_2);

    private ReportFixtures() {}

    public static ReportInput threeSkusOverTwoDays() {
        return new ReportInput("Garlic & Co <Test>", WINDOW, skus(), days(), targets(), actions(), ObjectiveTerms.defaults());
    }

    public static List<SkuDay> days() {
        return List.of(
                day(DAY_1, "GP-01", "Kitchen", 10, 100, 1.0, "200", "60", "50", "10", "30", "120", 150),
                day(DAY_2, "GP-01", "Kitchen", 5, 80, 0.9, "100", "30", "25", "0", "20", "40", 140),
                day(DAY_1, "GP-02", "Kitchen", 2, 50, 1.0, "60", "20", "15", "0", "40", "60", 400),
                day(DAY_2, "GP-02", "Kitchen", 4, 70, 1.0, "120", "40", "30", "5", "35", "90", 396),
                day(DAY_1, "BOARD-9", "Boards", 0, 40, 0.5, "0", "0", "0", "0", "10", "0", 0),
                day(DAY_2, "BOARD-9", "Boards", 3, 60, 0.8, "90", "30", "20", "0", "15", "45", 0),
                day(DAY_2.plusDays(1), "GP-01", "Kitchen", 9, 90, 1.0, "180", "54", "45", "0", "25", "100", 131));
    }

    public static List<SkuEconomics> skus() {
        return List.of(
                sku("GP-01", "Garlic press", "Kitchen", Objective.PROFIT, 21, 15, 180, "300", "90", "75", "10", "50",
                        "160", 172.0 / 180, 1.0, 140, 7.5),
                sku("GP-02", "Garlic crusher", "Kitchen", Objective.LAUNCH, 30, 6, 120, "180", "60", "45", "5", "75",
                        "150", 1.0, 1.0, 396, 3),
                sku("BOARD-9", "Cutting board", "Boards", Objective.GROWTH, 14, 3, 100, "90", "30", "20", "0", "25",
                        "45", 0.68, 0.5, 0, 1.5));
    }

    public static List<TargetEconomics> targets() {
        return List.of(target("345678901234567", "garlic press", 1000, 20, "30", "90"),
                target("345678901234568", "garlic crusher", 500, 10, "15", "30"));
    }

    public static List<ActionLine> actions() {
        Rationale acos = new Rationale("ACoS 0.56 above target 0.44",
                List.of(Figure.ratio("acos", 0.5556), Figure.money("spend", usd("25"))));
        return List.of(
                new ActionLine("a-1", ActionType.BID_CHANGE, "bid garlic press: 0.80 → 0.64 USD", "auto_approved", "marketing", acos),
                new ActionLine("a-2", ActionType.BUDGET_CHANGE, "daily budget Boards: 30 → 40 USD", "awaiting", "finance", acos),
                new ActionLine("a-3", ActionType.RESTOCK_ORDER, "order 300 × GP-01 from Acme", "Awaiting", "ecommerce", acos),
                new ActionLine("a-4", ActionType.BID_CHANGE, "bid <script>alert(1)</script> & co", "blocked", "margin-floor", acos),
                new ActionLine("a-5", ActionType.NEGATIVE_KEYWORD, "negative exact \"garlic crusher\"", "executed", "marketing", acos),
                new ActionLine("a-6", ActionType.ADS_PAUSE, "pause 2 product ad(s) of BOARD-9", "rejected", "marketing", acos));
    }

    static SkuDay day(LocalDate day, String sku, String category, long units, long sessions, double buyBox, String revenue,
            String cogs, String fees, String returns, String adSpend, String adSales, long available) {
        return new SkuDay(day, new Sku(sku), category, units, sessions, buyBox, usd(revenue), usd(cogs), usd(fees),
                usd(returns), usd(adSpend), usd(adSales), available);
    }

    public static SkuEconomics sku(String sku, String title, String category, Objective objective, int leadTime, long units,
            long sessions, String revenue, String cogs, String fees, String returns, String adSpend, String adSales,
            double buyBox, double inStock, long available, double unitsPerDay) {
        double cover = unitsPerDay == 0 ? Double.POSITIVE_INFINITY : available / unitsPerDay;
        return new SkuEconomics(new Sku(sku), "B0" + sku.hashCode(), title, category, objective, "Acme", leadTime,
                usd("4"), WINDOW, units, sessions, usd(revenue), usd(cogs), usd(fees), usd(returns), usd(adSpend),
                usd(adSales), buyBox, inStock, available, 0, unitsPerDay, cover, usd("20"));
    }

    static TargetEconomics target(String id, String text, long impressions, long clicks, String spend, String sales) {
        TargetRef ref = new TargetRef(TargetRef.Kind.KEYWORD, new CampaignId("1"), new AdGroupId("2"), id, "Garlic",
                "Exact", text, "exact");
        return new TargetEconomics(ref, new Sku("GP-01"), usd("0.80"), "enabled", WINDOW, impressions, clicks, 3, 3,
                usd(spend), usd(sales));
    }

    public static Money usd(String amount) {
        return Money.of(amount, "USD");
    }
}
