package dev.arbiter.report.html;

import dev.arbiter.report.MediaDelivery.DayLine;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The daily trend of revenue, ad spend and contribution after ads, one line each, over the report window. */
record TrendChart(List<DayLine> days, Display display) {

    private static final double WIDTH = 1200;
    private static final double HEIGHT = 340;
    private static final double LEFT = 70;
    private static final double RIGHT = 20;
    private static final double TOP = 40;
    private static final double BOTTOM = 40;

    /** One plotted line: its name, colour and how a day gives its value. */
    private record Line(String name, String stroke, Function<DayLine, Double> value) {}

    String render() {
        List<Line> lines = List.of(
                new Line("Revenue", Svg.BLUE, d -> d.revenue().amount().doubleValue()),
                new Line("Ad spend", Svg.ORANGE, d -> d.adSpend().amount().doubleValue()),
                new Line("CM2", Svg.GREEN, d -> d.contributionAfterAds().amount().doubleValue()));
        List<Double> all = new ArrayList<>();
        lines.forEach(line -> days.forEach(d -> all.add(line.value().apply(d))));
        LinearScale y = LinearScale.including(all, HEIGHT - BOTTOM, TOP);
        Svg svg = new Svg(WIDTH, HEIGHT);
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - RIGHT, y.at(tick), tick == 0 ? Svg.GREY : "#e3e6ea", false);
            svg.text(LEFT - 8, y.at(tick) + 4, display.compact(tick), "end", "axis");
        }
        double step = days.size() > 1 ? (WIDTH - LEFT - RIGHT) / (days.size() - 1) : 0;
        double firstX = days.size() > 1 ? LEFT : (WIDTH + LEFT - RIGHT) / 2;
        int labelEvery = Math.max(1, (int) Math.ceil(days.size() / 10.0));
        for (int i = 0; i < days.size(); i++) {
            if (i % labelEvery == 0 || i == days.size() - 1) {
                svg.text(firstX + i * step, HEIGHT - BOTTOM + 20, days.get(i).day().toString().substring(5), "middle",
                        "axis");
            }
        }
        double legendX = LEFT;
        for (Line line : lines) {
            List<double[]> points = new ArrayList<>();
            for (int i = 0; i < days.size(); i++) {
                double value = line.value().apply(days.get(i));
                double x = firstX + i * step;
                points.add(new double[] {x, y.at(value)});
                svg.dot(x, y.at(value), line.stroke(), days.get(i).day() + " " + line.name() + ": "
                        + display.compact(value));
            }
            svg.polyline(points, line.stroke(), line.name());
            svg.legend(legendX, 18, line.stroke(), line.name());
            legendX += 30 + line.name().length() * 8;
        }
        return svg.render("Daily revenue, ad spend and contribution after ads");
    }
}
