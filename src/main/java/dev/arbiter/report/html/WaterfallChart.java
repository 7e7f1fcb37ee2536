package dev.arbiter.report.html;

import dev.arbiter.model.Money;
import dev.arbiter.economics.Contribution;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The contribution waterfall: revenue, minus COGS, fees and returns down to CM1, minus ad spend down to CM2.
 * Each bar's height is its amount times one scale, so the bars can be compared by eye.
 */
record WaterfallChart(Contribution contribution, Display display) {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 360;
    private static final double LEFT = 70;
    private static final double TOP = 30;
    private static final double BOTTOM = 50;

    /** One bar: a total standing on zero, or a cost hanging from the running total. */
    private record Step(String label, Money value, double from, double to, String fill) {}

    String render() {
        List<Step> steps = steps();
        List<Double> levels = new ArrayList<>();
        steps.forEach(s -> {
            levels.add(s.from());
            levels.add(s.to());
        });
        LinearScale y = LinearScale.including(levels, HEIGHT - BOTTOM, TOP);
        Svg svg = new Svg(WIDTH, HEIGHT);
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - 10, y.at(tick), tick == 0 ? Svg.GREY : "#e3e6ea", false);
            svg.text(LEFT - 8, y.at(tick) + 4, display.compact(tick), "end", "axis");
        }
        double slot = (WIDTH - LEFT - 10) / steps.size();
        double barWidth = slot * 0.6;
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            double x = LEFT + i * slot + (slot - barWidth) / 2;
            double top = Math.min(y.at(step.from()), y.at(step.to()));
            double height = Math.abs(y.at(step.from()) - y.at(step.to()));
            String amount = step.value().amount().setScale(2, RoundingMode.HALF_EVEN).toPlainString();
            svg.bar(x, top, barWidth, height, step.fill(), step.label(), amount,
                    step.label() + ": " + display.money(step.value()));
            svg.text(x + barWidth / 2, top - 6, display.compact(step.value().amount().doubleValue()), "middle", "value");
            svg.text(x + barWidth / 2, HEIGHT - BOTTOM + 20, step.label(), "middle", "axis");
            if (i + 1 < steps.size()) {
                double level = y.at(step.to());
                svg.line(x + barWidth, level, x + slot, level, Svg.GREY, true);
            }
        }
        return svg.render("Contribution waterfall: revenue to contribution after ads");
    }

    private List<Step> steps() {
        Contribution c = contribution;
        double revenue = c.revenue().amount().doubleValue();
        double afterCogs = revenue - c.cogs().amount().doubleValue();
        double afterFees = afterCogs - c.fees().amount().doubleValue();
        double cm1 = c.contributionBeforeAds().amount().doubleValue();
        double cm2 = c.contributionAfterAds().amount().doubleValue();
        return List.of(
                new Step("Revenue", c.revenue(), 0, revenue, Svg.BLUE),
                new Step("COGS", c.cogs().negate(), revenue, afterCogs, Svg.RED),
                new Step("Fees", c.fees().negate(), afterCogs, afterFees, Svg.RED),
                new Step("Returns", c.returnsCost().negate(), afterFees, cm1, Svg.RED),
                new Step("CM1", c.contributionBeforeAds(), 0, cm1, Svg.BLUE),
                new Step("Ad spend", c.adSpend().negate(), cm1, cm2, Svg.ORANGE),
                new Step("CM2", c.contributionAfterAds(), 0, cm2, cm2 >= 0 ? Svg.GREEN : Svg.RED));
    }
}
