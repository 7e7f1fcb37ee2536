package dev.arbiter.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.DailyUnits;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoltWintersTest {
    private static final LocalDate START = LocalDate.of(2026, 1, 5);
    /** Monday to Sunday around a level of 10: sums to zero, so the level stays 10. */
    private static final int[] WEEK = {13, 11, 10, 9, 8, 6, 13};

    @Test
    void recovers_a_hand_built_weekly_pattern() {
        List<DailyUnits> history = weeks(8, day -> WEEK[day % 7], day -> true);

        VelocityForecast forecast = new HoltWinters().fit(history);

        assertEquals(ForecastMethod.HOLT_WINTERS, forecast.method());
        for (int h = 1; h <= 14; h++) {
            assertEquals(WEEK[(h - 1) % 7], forecast.unitsOnDay(h), 0.01, "day " + h + " ahead");
        }
        assertEquals(70, forecast.demandOver(7), 0.05);
        assertEquals(0, forecast.error(), 0.01);
    }

    @Test
    void stock_out_days_are_missing_demand_not_zero_demand() {
        // Weeks 5 and 6 had no stock on Monday to Wednesday: nothing sold because nothing could be sold.
        List<DailyUnits> history = weeks(8, day -> outOfStock(day) ? 0 : WEEK[day % 7], day -> !outOfStock(day));

        VelocityForecast forecast = new HoltWinters().fit(history);

        assertEquals(6, forecast.stockoutDays());
        assertEquals(50, forecast.observedDays());
        assertEquals(70, forecast.demandOver(7), 0.05);
    }

    @Test
    void zero_sales_on_stock_out_days_read_as_demand_would_drag_the_forecast_down() {
        List<DailyUnits> history = weeks(8, day -> outOfStock(day) ? 0 : WEEK[day % 7], day -> true);

        VelocityForecast forecast = new HoltWinters().fit(history);

        assertEquals(0, forecast.stockoutDays());
        assertTrue(forecast.error() > 1, "error " + forecast.error());
    }

    @Test
    void a_short_history_falls_back_to_simple_smoothing_and_says_so() {
        List<DailyUnits> history = weeks(1, day -> 4, day -> true);

        VelocityForecast forecast = new HoltWinters().fit(history);

        assertEquals(ForecastMethod.SIMPLE, forecast.method());
        assertEquals(4, forecast.unitsPerDay(), 1e-9);
        assertEquals("simple exponential smoothing (history too short for trend or season): 4.0/day ± 0.0",
                forecast.describe());
    }

    @Test
    void three_weeks_of_history_get_a_trend_but_no_season() {
        // 2, 3, 4, … units: one more each day.
        List<DailyUnits> history = weeks(3, day -> 2 + day, day -> true);

        VelocityForecast forecast = new HoltWinters().fit(history);

        assertEquals(ForecastMethod.HOLT, forecast.method());
        // the last day sold 22; the damped trend (φ = 0.9) carries the rise on, a little short of the next 23
        assertTrue(forecast.unitsOnDay(1) > 22.2 && forecast.unitsOnDay(1) < 23, "day 1: " + forecast.unitsOnDay(1));
        // and never runs on unchecked: at most 9 days' worth of trend over any horizon
        assertTrue(forecast.unitsOnDay(60) < forecast.unitsOnDay(1) + 9, "day 60: " + forecast.unitsOnDay(60));
    }

    @Test
    void days_of_cover_count_the_forecast_day_by_day() {
        VelocityForecast flat = VelocityForecast.windowAverage(4);

        assertEquals(2.5, flat.daysOfCover(10), 1e-9);
        assertEquals(56, flat.demandOver(14), 1e-9);
        assertEquals(2, flat.error(), 1e-9);
    }

    private static boolean outOfStock(int day) {
        return (day / 7 == 4 || day / 7 == 5) && day % 7 < 3;
    }

    private static List<DailyUnits> weeks(int weeks, java.util.function.IntUnaryOperator units,
            java.util.function.IntPredicate inStock) {
        List<DailyUnits> days = new ArrayList<>();
        for (int day = 0; day < weeks * 7; day++) {
            days.add(new DailyUnits(START.plusDays(day), units.applyAsInt(day), inStock.test(day)));
        }
        return days;
    }
}
