package dev.arbiter.report.html;

import dev.arbiter.decide.CampaignArbitration;
import dev.arbiter.decide.PortfolioArbitration;
import java.util.ArrayList;
import java.util.List;

/**
 * A portfolio's spend against contribution after ads per day along its trusted campaigns' summed curves, every
 * campaign's spend scaled together from nothing to twice today's, with today's point (on the curve) and the point
 * arbitration proposes (above it where moving money between campaigns keeps more than scaling all alike).
 */
record PortfolioCurveChart(PortfolioArbitration portfolio, Display display) {
    private static final double WIDTH = 580;
    private static final double HEIGHT = 260;
    private static final double LEFT = 60;
    private static final double RIGHT = 16;
    private static final double TOP = 34;
    private static final double BOTTOM = 36;
    private static final int SAMPLES = 60;

    /** The trusted campaigns the chart sums; empty when none has a trustworthy curve. */
    List<CampaignArbitration> trusted() {
        return portfolio.campaigns().stream().filter(c -> c.fit().trustworthy()).toList();
    }

    String render() {
        List<CampaignArbitration> campaigns = trusted();
        double now = campaigns.stream().mapToDouble(CampaignArbitration::currentSpend).sum();
        double proposed = campaigns.stream().mapToDouble(CampaignArbitration::proposedSpend).sum();
        double nowContribution = campaigns.stream()
                .mapToDouble(c -> c.fit().curve().contributionAfterAds(c.currentSpend())).sum();
        double proposedContribution = campaigns.stream()
                .mapToDouble(c -> c.fit().curve().contributionAfterAds(c.proposedSpend())).sum();
        double reach = Math.max(1, 2 * Math.max(now, proposed));
        List<double[]> frontier = new ArrayList<>();
        for (int i = 0; i <= SAMPLES; i++) {
            // every trusted campaign's current spend scaled by the same factor, from 0 to twice today's
            double factor = 2.0 * i / SAMPLES;
            double spend = 0;
            double contribution = 0;
            for (CampaignArbitration campaign : campaigns) {
                double s = campaign.currentSpend() * factor;
                spend += s;
                contribution += campaign.fit().curve().contributionAfterAds(s);
            }
            frontier.add(new double[] {spend, contribution});
        }
        List<Double> ys = new ArrayList<>(List.of(nowContribution, proposedContribution));
        frontier.forEach(point -> ys.add(point[1]));
        LinearScale x = LinearScale.including(List.of(0.0, reach), LEFT, WIDTH - RIGHT);
        LinearScale y = LinearScale.including(ys, HEIGHT - BOTTOM, TOP);
        Svg svg = new Svg(WIDTH, HEIGHT);
        for (double tick : y.ticks()) {
            svg.line(LEFT, y.at(tick), WIDTH - RIGHT, y.at(tick), tick == 0 ? Svg.GREY : "#e3e6ea", false);
            svg.text(LEFT - 6, y.at(tick) + 4, display.compact(tick), "end", "axis");
        }
        for (double tick : x.ticks()) {
            svg.text(x.at(tick), HEIGHT - BOTTOM + 18, display.compact(tick), "middle", "axis");
        }
        svg.text((LEFT + WIDTH - RIGHT) / 2, HEIGHT - 4, "ad spend per day", "middle", "axis");
        List<double[]> points = frontier.stream().map(p -> new double[] {x.at(p[0]), y.at(p[1])}).toList();
        svg.polyline(points, Svg.BLUE, "contribution after ads per day, all campaigns scaled alike");
        svg.dot(x.at(proposed), y.at(proposedContribution), Svg.GREEN, "proposed: " + display.compact(proposed)
                + " a day keeps " + display.compact(proposedContribution));
        svg.dot(x.at(now), y.at(nowContribution), Svg.ORANGE, "now: " + display.compact(now) + " a day keeps "
                + display.compact(nowContribution));
        svg.legend(LEFT, 16, Svg.BLUE, "curve");
        svg.legend(LEFT + 80, 16, Svg.ORANGE, "now");
        svg.legend(LEFT + 150, 16, Svg.GREEN, "proposed");
        String name = portfolio.portfolio().isEmpty() ? "campaigns without a portfolio" : portfolio.portfolio();
        return svg.render(name + ": ad spend against contribution after ads per day");
    }
}
