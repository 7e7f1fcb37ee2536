package dev.arbiter.report.html;

import dev.arbiter.economics.Contribution;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.arbiter.economics.SkuEconomics;
import dev.arbiter.model.Objective;
import dev.arbiter.model.ObjectiveTerms;
import dev.arbiter.report.HolisticReport;
import dev.arbiter.report.ReportBuilder;
import dev.arbiter.report.ReportFixtures;
import dev.arbiter.report.ReportInput;
import dev.arbiter.report.ReportSection;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.time.LocalDate;
import dev.arbiter.model.ObjectivePlan;
import dev.arbiter.model.ObjectivePeriod;
import dev.arbiter.model.ObjectiveAssignment;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.xml.sax.InputSource;

class HtmlReportTest {

    private static final Pattern BAR = Pattern.compile(
            "<rect class=\"bar\" x=\"[^\"]+\" y=\"[^\"]+\" width=\"[^\"]+\" height=\"([^\"]+)\" fill=\"[^\"]+\" "
                    + "data-label=\"([^\"]+)\" data-value=\"([^\"]+)\">");
    private static final Pattern SVG = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);

    private final HolisticReport report = ReportBuilder.build(ReportFixtures.threeSkusOverTwoDays());
    private final String html = HtmlReport.render(report);

    @Test
    void every_section_heading_appears_once_in_the_order_of_the_seed() {
        int previous = -1;
        for (ReportSection section : ReportSection.values()) {
            String heading = "<h2>" + section.heading() + "</h2>";
            int at = html.indexOf(heading);
            assertTrue(at > previous, heading + " after the section before it");
            assertEquals(at, html.lastIndexOf(heading), heading + " once");
            previous = at;
        }
    }

    @Test
    void waterfall_bars_are_as_high_as_their_amounts_on_one_scale() {
        List<String[]> bars = bars(svgTitled("Contribution waterfall"));
        assertEquals(List.of("Revenue", "COGS", "Fees", "Returns", "CM1", "Ad spend", "CM2"),
                bars.stream().map(b -> b[1]).toList());
        // the amounts worked out in ReportBuilderTest: 570 − 180 − 140 − 15 = 235; 235 − 150 = 85
        assertEquals(List.of("570.00", "-180.00", "-140.00", "-15.00", "235.00", "-150.00", "85.00"),
                bars.stream().map(b -> b[2]).toList());
        double pixelsPerDollar = Double.parseDouble(bars.get(0)[0]) / 570;
        for (String[] bar : bars) {
            double expected = Math.abs(Double.parseDouble(bar[2])) * pixelsPerDollar;
            assertEquals(expected, Double.parseDouble(bar[0]), 0.02, bar[1]);
        }
    }

    @Test
    void spend_against_contribution_draws_one_bar_per_category_and_measure() {
        List<String[]> bars = bars(svgTitled("Ad spend against CM2 by category"));
        assertEquals(List.of("Kitchen · Ad spend", "Kitchen · CM2", "Boards · Ad spend", "Boards · CM2"),
                bars.stream().map(b -> b[1]).toList());
        // Kitchen spends 125 for a CM2 of 70: the spend bar is 125/70 times as high
        assertEquals(125.0 / 70, Double.parseDouble(bars.get(0)[0]) / Double.parseDouble(bars.get(1)[0]), 0.001);
    }

    @Test
    void the_page_loads_nothing_from_anywhere() {
        String lower = html.toLowerCase(Locale.ROOT);
        assertFalse(lower.contains("<script"), "no scripts at all");
        assertFalse(lower.contains("src="), "no external sources");
        assertFalse(lower.contains("<link"), "no stylesheets or fonts to fetch");
        assertFalse(lower.contains("url("), "no CSS fetches");
        assertFalse(lower.contains("@import"), "no CSS imports");
    }

    @Test
    void every_text_from_the_data_is_escaped() {
        assertTrue(html.contains("<h1>Garlic &amp; Co &lt;Test&gt;</h1>"));
        assertTrue(html.contains("bid &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"));
        assertTrue(html.contains("negative exact &quot;garlic crusher&quot;"));
        assertFalse(html.contains("<Test>"));
    }

    @Test
    void numbers_are_written_the_same_way_in_a_german_locale() {
        assertEquals("de", Locale.getDefault().getLanguage(), "surefire runs the tests in German");
        assertTrue(html.contains("USD 570.00"), "money with its currency and a decimal point");
        assertTrue(html.contains("ACoS 42.3%"), "ratios as percentages: 150 / 355");
        for (String svg : svgs()) {
            Matcher coordinate = Pattern.compile(" (?:x|y|width|height|x1|y1|x2|y2|cx|cy)=\"([^\"]*)\"").matcher(svg);
            while (coordinate.find()) {
                assertTrue(coordinate.group(1).matches("-?\\d+\\.\\d{2}"), coordinate.group());
            }
        }
    }

    @Test
    void every_chart_is_well_formed_svg() throws Exception {
        List<String> svgs = svgs();
        assertEquals(4, svgs.size(), "cover distribution, trend, waterfall, spend against CM2");
        for (String svg : svgs) {
            DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        }
    }

    @Test
    void actions_show_the_role_they_wait_for_the_guardrail_that_blocked_them_and_their_numbers() {
        assertTrue(html.contains("<h4>Waiting for finance (1)</h4>"));
        assertTrue(html.contains("<h4>Waiting for ecommerce (1)</h4>"));
        assertTrue(html.contains("<h4>Blocked by margin-floor (1)</h4>"));
        assertTrue(html.contains("acos 55.6%; spend USD 25.00"));
    }

    @Test
    void the_objectives_section_names_the_time_bounded_entry_in_force_and_when_it_ends() {
        // GP-02 is the fixture's launch SKU; the Kitchen launch runs from October 20 for 4 weeks: through November 16
        ReportInput fixture = ReportFixtures.threeSkusOverTwoDays();
        ObjectivePlan plan = new ObjectivePlan(List.of(new ObjectiveAssignment(ObjectiveAssignment.Subject.CATEGORY,
                "Kitchen", List.of(
                        new ObjectivePeriod(Objective.LAUNCH, Optional.of(LocalDate.of(2026, 10, 20)), Optional.of(LocalDate.of(2026, 11, 16))),
                        new ObjectivePeriod(Objective.GROWTH, Optional.of(LocalDate.of(2026, 11, 17)), Optional.empty())),
                0, 0)), Objective.GROWTH);
        ReportInput input = new ReportInput(fixture.brand(), fixture.window(), fixture.skus(), fixture.days(),
                fixture.targets(), fixture.actions(), fixture.terms(), plan);

        String page = HtmlReport.render(ReportBuilder.build(input));

        assertTrue(page.contains("<tr><td>category Kitchen</td>\n<td>launch</td>\n<td>2026-11-16</td>\n<td>growth</td>\n"
                + "<td class=\"num\">1</td>\n</tr>"), page);
    }

    @Test
    void a_loss_after_ads_hangs_below_the_zero_line_on_the_same_scale() {
        // one SKU: revenue 100, COGS 40, fees 30, returns 0 → CM1 30; ads 50 → CM2 −20
        SkuEconomics losing = ReportFixtures.sku("GP-09", "Loser", "Kitchen", Objective.GROWTH, 21, 5, 50, "100", "40",
                "30", "0", "50", "60", 1.0, 1.0, 10, 2.5);
        String page = HtmlReport.render(ReportBuilder.build(new ReportInput("Acme", ReportFixtures.WINDOW,
                List.of(losing), List.of(), List.of(), List.of(), ObjectiveTerms.defaults())));

        List<String[]> bars = bars(svgTitled(page, "Contribution waterfall"));

        assertEquals("-20.00", bars.get(6)[2]);
        double pixelsPerDollar = Double.parseDouble(bars.get(0)[0]) / 100;
        assertEquals(20 * pixelsPerDollar, Double.parseDouble(bars.get(6)[0]), 0.02);
        assertEquals(50 * pixelsPerDollar, Double.parseDouble(bars.get(5)[0]), 0.02);
    }

    @Test
    void a_window_with_advertising_only_says_what_it_cannot_know_instead_of_failing() {
        String page = HtmlReport.render(ReportBuilder.build(new ReportInput("Acme", ReportFixtures.WINDOW, List.of(),
                List.of(), ReportFixtures.targets(), List.of(), ObjectiveTerms.defaults())));

        assertTrue(page.contains("In stock n/a of SKU-days"));
        assertTrue(page.contains("No SKUs in this window."));
        assertTrue(page.contains("No action was taken."));
    }

    private List<String> svgs() {
        return svgs(html);
    }

    private static String svgTitled(String page, String title) {
        return svgs(page).stream().filter(s -> s.contains("aria-label=\"" + title)).findFirst().orElseThrow();
    }

    private static List<String> svgs(String html) {
        List<String> svgs = new ArrayList<>();
        Matcher matcher = SVG.matcher(html);
        while (matcher.find()) {
            svgs.add(matcher.group());
        }
        return svgs;
    }

    private String svgTitled(String title) {
        return svgTitled(html, title);
    }

    /** Each bar as {height, label, value}. */
    private static List<String[]> bars(String svg) {
        List<String[]> bars = new ArrayList<>();
        Matcher matcher = BAR.matcher(svg);
        while (matcher.find()) {
            bars.add(new String[] {matcher.group(1), matcher.group(2), matcher.group(3)});
        }
        return bars;
    }
}
