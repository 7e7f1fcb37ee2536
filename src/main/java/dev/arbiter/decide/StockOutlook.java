package dev.arbiter.decide;

import dev.arbiter.economics.DailyUnits;
import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Sku;
import dev.arbiter.policy.InventoryTerms;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the inventory proposers know beyond one window's economics: each SKU's velocity forecast from its daily
 * history, its case pack from the catalog, and the operating model's service level and review period.
 */
public record StockOutlook(Map<Sku, VelocityForecast> forecasts, Map<Sku, Integer> casePacks, InventoryTerms terms) {

    public StockOutlook {
        forecasts = Map.copyOf(Objects.requireNonNull(forecasts, "forecasts"));
        casePacks = Map.copyOf(Objects.requireNonNull(casePacks, "casePacks"));
        Objects.requireNonNull(terms, "terms");
    }

    /** Forecasts every SKU of the history with {@link HoltWinters}; SKUs without history fall back to window averages. */
    public static StockOutlook fromHistory(Map<Sku, List<DailyUnits>> history, Map<Sku, Integer> casePacks,
            InventoryTerms terms) {
        HoltWinters fitter = new HoltWinters();
        Map<Sku, VelocityForecast> forecasts = new LinkedHashMap<>();
        history.forEach((sku, days) -> {
            if (!days.isEmpty()) {
                forecasts.put(sku, fitter.fit(days));
            }
        });
        return new StockOutlook(forecasts, casePacks, terms);
    }

    /** No daily history and no case packs: every SKU is forecast at its window's average velocity. */
    public static StockOutlook windowAverages(InventoryTerms terms) {
        return new StockOutlook(Map.of(), Map.of(), terms);
    }

    /** The SKU's stock position at the window's end against its forecast, lead time and the model's terms. */
    public StockPosition positionOf(SkuEconomics sku) {
        VelocityForecast forecast = forecasts.getOrDefault(sku.sku(), VelocityForecast.windowAverage(sku.unitsPerDay()));
        return new StockPosition(sku.available(), sku.inbound(), sku.leadTimeDays(), forecast, terms);
    }

    /** Units per case for the SKU; 1 where the catalog gives none. */
    public int casePackOf(Sku sku) {
        return casePacks.getOrDefault(sku, 1);
    }
}
