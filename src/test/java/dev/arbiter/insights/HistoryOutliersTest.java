package dev.arbiter.insights;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.SkuDay;
import dev.arbiter.model.Money;
import dev.arbiter.model.Sku;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HistoryOutliersTest {
    static final LocalDate LAST = LocalDate.of(2026, 3, 31);

    static Money usd(double amount) {
        return Money.of(String.format(Locale.ROOT, "%.2f", amount), "USD");
    }

    /** Seven equal days per week, newest week first: each week's revenue, ad spend, sessions and units. */
    static List<SkuDay> weeks(String sku, double[][] weeks) {
        List<SkuDay> days = new ArrayList<>();
        for (int w = 0; w < weeks.length; w++) {
            for (int d = 0; d < 7; d++) {
                double[] week = weeks[w];
                days.add(new SkuDay(LAST.minusDays(w * 7L + d), new Sku(sku), "Kitchen", (long) week[3] / 7,
                        (long) week[2] / 7, 1.0, usd(week[0] / 7), usd(week[0] * 0.3 / 7), usd(week[0] * 0.3 / 7),
                        usd(0), usd(week[1] / 7), usd(0), 50));
            }
        }
        return days;
    }

    @Test
    void a_latest_week_whose_tacos_jumps_above_its_own_previous_weeks_is_listed_with_its_margin_as_confidential() {
        // TACoS by week, oldest first: 10 %, 12 %, 11 %; then 30 %. Median 11 %, MAD 1 point, scale 1.4826 points:
        // z = (30 - 11) / 1.4826 = +12.8. CM2 % = 40 % - TACoS: 30, 28, 29, then 10: z = (10 - 29) / 1.4826 = -12.8.
        List<SkuDay> days = weeks("K1", new double[][] {
            {700, 210, 700, 70}, {700, 77, 700, 70}, {700, 84, 700, 70}, {700, 70, 700, 70}});
        List<Insight> found = HistoryOutliers.of(days);
        assertEquals(List.of(
                "K1 TACoS 30.0 % in the week to 2026-03-31 against a median of 11.0 % in its 3 previous weeks (robust z +12.8)",
                "K1 CM2 % 10.0 % in the week to 2026-03-31 against a median of 29.0 % in its 3 previous weeks (robust z -12.8)"),
                found.stream().map(Insight::headline).toList());
        assertEquals(List.of(false, true), found.stream().map(Insight::confidential).toList());
        assertEquals(List.of(InsightKind.HISTORY, InsightKind.HISTORY), found.stream().map(Insight::kind).toList());
        assertEquals(List.of("K1", "K1"), found.stream().map(Insight::sku).toList());
    }

    @Test
    void a_latest_week_within_three_robust_deviations_of_its_history_is_not_listed() {
        // TACoS 10, 12, 11 then 14 %: z = (14 - 11) / 1.4826 = +2.0.
        List<SkuDay> days = weeks("K1", new double[][] {
            {700, 98, 700, 70}, {700, 77, 700, 70}, {700, 84, 700, 70}, {700, 70, 700, 70}});
        assertEquals(List.of(), HistoryOutliers.of(days));
    }

    @Test
    void a_shift_extreme_in_z_but_small_against_the_median_is_not_listed() {
        // TACoS 10.0, 10.1, 10.0 then 11.9 %: z = (11.9 - 10.0) / (1.4826 x 0) -> fallback 1.2533 x 0.033 points = +45.5,
        // but 1.9 points is under both 25 % of the median (2.5 points) and 2 points.
        List<SkuDay> days = weeks("K1", new double[][] {
            {7000, 833, 700, 70}, {7000, 700, 700, 70}, {7000, 707, 700, 70}, {7000, 700, 700, 70}});
        assertEquals(List.of(), HistoryOutliers.of(days));
    }

    @Test
    void when_two_previous_weeks_are_equal_the_spread_is_their_mean_absolute_deviation() {
        // Conversion 10 %, 10 %, 13 %, then 4 %. MAD 0, so the spread is 1.2533 x mean(|0|, |0|, |3|) = 1.2533 points:
        // z = (4 - 10) / 1.2533 = -4.8.
        List<SkuDay> days = weeks("K1", new double[][] {
            {700, 70, 700, 28}, {700, 70, 700, 91}, {700, 70, 700, 70}, {700, 70, 700, 70}});
        assertEquals(List.of(
                "K1 conversion 4.0 % in the week to 2026-03-31 against a median of 10.0 % in its 3 previous weeks (robust z -4.8)"),
                HistoryOutliers.of(days).stream().map(Insight::headline).toList());
    }

    @Test
    void a_history_that_never_moves_gives_no_score_and_nothing_is_listed() {
        List<SkuDay> days = weeks("K1", new double[][] {
            {700, 350, 700, 7}, {700, 70, 700, 70}, {700, 70, 700, 70}, {700, 70, 700, 70}});
        assertEquals(List.of(), HistoryOutliers.of(days));
    }

    @Test
    void fewer_than_three_previous_weeks_with_the_measure_defined_are_not_enough() {
        // Only two previous weeks sold anything: TACoS and CM2 % are undefined in the third; conversion is defined.
        List<SkuDay> tooShort = weeks("K1", new double[][] {
            {700, 350, 700, 70}, {700, 70, 700, 70}, {700, 84, 700, 70}});
        assertEquals(List.of(), HistoryOutliers.of(tooShort));
        List<SkuDay> unsold = weeks("K1", new double[][] {
            {700, 350, 700, 70}, {700, 70, 700, 70}, {700, 84, 700, 70}, {0, 0, 700, 0}});
        assertEquals(List.of(), HistoryOutliers.of(unsold));
    }

    @Test
    void a_partial_week_at_the_start_of_the_window_is_left_out() {
        // Four full weeks plus three older days whose TACoS of 100 % would widen the spread if they counted.
        List<SkuDay> days = new ArrayList<>(weeks("K1", new double[][] {
            {700, 210, 700, 70}, {700, 77, 700, 70}, {700, 84, 700, 70}, {700, 70, 700, 70}}));
        for (int d = 28; d < 31; d++) {
            days.add(new SkuDay(LAST.minusDays(d), new Sku("K1"), "Kitchen", 10, 100, 1.0, usd(100), usd(30), usd(30),
                    usd(0), usd(100), usd(0), 50));
        }
        List<Insight> found = HistoryOutliers.of(days);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).headline().contains("in its 3 previous weeks (robust z +12.8)"), found.get(0).headline());
    }
}
