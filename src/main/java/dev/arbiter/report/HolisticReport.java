package dev.arbiter.report;

import dev.arbiter.model.DateRange;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * The holistic report of one brand over one window, section by section in the order of
 * {@link ReportSection}: objectives, retail health, media, conversion, profitability, actions.
 */
public record HolisticReport(
        String brand,
        DateRange window,
        Currency currency,
        List<ObjectiveLine> objectives,
        List<TimeBoundObjective> timeBoundObjectives,
        RetailHealth retailHealth,
        MediaDelivery media,
        Conversion conversion,
        Profitability profitability,
        ActionSummary actions) {

    public HolisticReport {
        Objects.requireNonNull(brand, "brand");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(currency, "currency");
        objectives = List.copyOf(objectives);
        timeBoundObjectives = List.copyOf(timeBoundObjectives);
        Objects.requireNonNull(retailHealth, "retailHealth");
        Objects.requireNonNull(media, "media");
        Objects.requireNonNull(conversion, "conversion");
        Objects.requireNonNull(profitability, "profitability");
        Objects.requireNonNull(actions, "actions");
    }
}
