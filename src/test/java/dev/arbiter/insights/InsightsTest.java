package dev.arbiter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.DateRange;
import dev.arbiter.model.Money;
import dev.arbiter.model.Objective;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class InsightsTest {
    static final LocalDate LAST = LocalDate.of(2026, 3, 31);
    static final DateRange WINDOW = new DateRange(LAST.minusDays(27), LAST);

    static Money usd(double amount) {
        return Money.of(String.format(java.util.Locale.ROOT, "%.2f", amount), "USD");
    }

    static SkuEconomics sku(String id, double revenue, double adSpend, long sessions, long units) {
        return new SkuEconomics(new Sku(id), "B0" + id, id, "Kitchen", Objective.GROWTH, "Supplier", 30, usd(2),
                WINDOW, units, sessions, usd(revenue), usd(revenue * 0.3), usd(revenue * 0.3), usd(0), usd(adSpend),
                usd(adSpend * 3), 1.0, 1.0, 100, 0, units / 28.0, 100 / (units / 28.0), usd(revenue / units));
    }

    @Test
    void a_sku_whose_tacos_and_margin_stand_far_from_its_category_peers_is_an_outlier_and_the_others_are_not() {
        List<SkuEconomics> skus = List.of(sku("K1", 1000, 50, 1000, 100), sku("K2", 1000, 60, 1000, 100),
                sku("K3", 1000, 55, 1000, 100), sku("K4", 1000, 45, 1000, 100), sku("K5", 1000, 400, 1000, 100));
        List<Insight> found = Insights.of(skus, List.of(), List.of());
        assertEquals(List.of("K5 TACoS 40.0 % against a median of 5.5 % in Kitchen (robust z +46.5)",
                "K5 CM2 % 0.0 % against a median of 34.5 % in Kitchen (robust z -46.5)"),
                found.stream().map(Insight::headline).toList());
        assertEquals(List.of(false, true), found.stream().map(Insight::confidential).toList());
    }

    @Test
    void a_week_far_below_the_usual_weeks_is_an_anomaly() {
        List<SkuDay> days = new ArrayList<>();
        for (int i = 0; i < 28; i++) {
            LocalDate day = LAST.minusDays(i);
            long units = i < 7 ? 1 : 10 + (i % 3);
            days.add(new SkuDay(day, new Sku("K1"), "Kitchen", units, 100, 1.0, usd(units * 10), usd(0), usd(0), usd(0),
                    usd(0), usd(0), 50));
        }
        List<Insight> found = Insights.of(List.of(), days, List.of()).stream()
                .filter(i -> i.kind() == InsightKind.ANOMALY).toList();
        assertEquals(1, found.size(), found.toString());
        assertEquals("K1 sold 7 units in the week to 2026-03-31 against 77 in a usual week (91 % down)",
                found.get(0).headline());
    }
}
