package dev.arbiter.decide;

import dev.arbiter.model.Figure;
import dev.arbiter.policy.InventoryTerms;
import java.util.List;
import java.util.Objects;

/**
 * A SKU's stock against its forecast: the reorder point is the demand forecast over the lead time plus a safety stock
 * of z × the forecast's one-step error × √(lead time) for the service level; an order brings stock up to the demand
 * over lead time plus review period plus the safety stock over that span (daily errors taken as independent).
 */
public record StockPosition(long available, long inbound, int leadTimeDays, VelocityForecast forecast,
        InventoryTerms terms) {

    public StockPosition {
        Objects.requireNonNull(forecast, "forecast");
        Objects.requireNonNull(terms, "terms");
    }

    public long onHand() {
        return available + inbound;
    }

    public double leadTimeDemand() {
        return forecast.demandOver(leadTimeDays);
    }

    public double safetyStock() {
        return terms.z() * forecast.error() * Math.sqrt(leadTimeDays);
    }

    public double reorderPoint() {
        return leadTimeDemand() + safetyStock();
    }

    /** The stock an order should bring available plus inbound up to. */
    public double orderUpTo() {
        int span = leadTimeDays + terms.reviewDays();
        return forecast.demandOver(span) + terms.z() * forecast.error() * Math.sqrt(span);
    }

    /** The safety stock in days of forecast sales; 0 when the forecast sells nothing. */
    public double safetyDays() {
        double perDay = forecast.unitsPerDay();
        return perDay > 0 ? safetyStock() / perDay : 0;
    }

    /** Days the available units last at the forecast. */
    public double daysOfCover() {
        return forecast.daysOfCover(available);
    }

    /** Days available plus inbound units last at the forecast. */
    public double daysOfCoverWithInbound() {
        return forecast.daysOfCover(onHand());
    }

    /** Lead time plus safety days: below this cover the SKU runs out before a restock ordered today arrives. */
    public double minimumCover() {
        return leadTimeDays + safetyDays();
    }

    /** Cover above 2 × lead time + review days + the overstock threshold is more than the brand can sell in time. */
    public double overstockCover() {
        return 2.0 * leadTimeDays + terms.reviewDays() + terms.overstockDays();
    }

    /** The forecast, its error and the service level, as every inventory rationale shows them. */
    public List<Figure> forecastFigures() {
        return List.of(
                Figure.perDay("forecast_units_per_day", forecast.unitsPerDay()),
                Figure.perDay("forecast_error", forecast.error()),
                Figure.ratio("service_level", terms.serviceLevel()),
                Figure.count("safety_stock", Math.round(Math.ceil(safetyStock() - 1e-9))),
                Figure.count("reorder_point", Math.round(Math.ceil(reorderPoint() - 1e-9))));
    }
}
