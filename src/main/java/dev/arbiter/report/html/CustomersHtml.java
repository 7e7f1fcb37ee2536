package dev.arbiter.report.html;

import dev.arbiter.report.CustomersSection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The customers section: a retention heat map of the cohorts, the CLV distribution by decile, the best sources. */
public final class CustomersHtml {
    static final String ANCHOR = "customers";
    private static final double CELL_WIDTH = 44;
    private static final double CELL_HEIGHT = 22;
    private static final double LEFT = 130;
    private static final double TOP = 30;

    private CustomersHtml() {}

    /** A page of its own holding only the customers section, as {@code arbiter customers} writes it. */
    public static String page(CustomersSection section) {
        HtmlWriter html = new HtmlWriter();
        html.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .element("title", "", "Customers")
                .raw("<style>\n").raw(Stylesheet.CSS).raw("</style>\n</head>\n<body>\n<main>\n");
        write(html, section);
        return html.raw("</main>\n</body>\n</html>\n").toString();
    }

    static void write(HtmlWriter html, CustomersSection section) {
        html.openSection(ANCHOR, "Customers", String.format(Locale.ROOT,
                "%,d customers; %,d lose money (%,.2f %s in all). The top 10%% of customers hold %.1f%% of predicted "
                        + "lifetime value, the top 20%% %.1f%%.", section.customers(), section.losingCustomers(),
                section.loss(), section.currency(), section.topTenShare() * 100, section.topTwentyShare() * 100));
        html.element("p", "", "Purchases: BG/NBD " + section.purchaseModel() + ". Spend: Gamma-Gamma "
                + section.spendModel() + ".");
        html.raw("<figure>\n").element("figcaption", "", "Retention by cohort: share of each month's new customers "
                + "buying again k months later").raw(heatMap(section.cohorts())).raw("</figure>\n");
        if (!section.decileMeans().isEmpty()) {
            List<String> groups = new ArrayList<>();
            for (int d = 1; d <= section.decileMeans().size(); d++) {
                groups.add("decile " + d);
            }
            html.raw("<figure>\n").element("figcaption", "", "Mean predicted CLV by decile (" + section.currency() + ")");
            html.raw(new BarChart("Mean predicted CLV by decile", groups, List.of(new BarChart.Series("Mean CLV",
                    Svg.BLUE, section.decileMeans())), v -> String.format(Locale.ROOT, "%,.0f", v), 0).render());
            html.raw("</figure>\n");
        }
        List<List<String>> rows = section.sources().stream().map(s -> List.of(s.kind(), s.name(),
                String.format(Locale.ROOT, "%,d", s.customers()), String.format(Locale.ROOT, "%,.2f", s.meanClv())))
                .toList();
        html.tableOrNone(List.of("Source", "Name", "Customers", "Mean CLV"), rows, 2, "No source brought enough customers.");
        html.closeSection();
    }

    private static String heatMap(List<CustomersSection.CohortRow> cohorts) {
        int months = cohorts.stream().mapToInt(c -> c.retention().size()).max().orElse(1);
        Svg svg = new Svg(LEFT + CELL_WIDTH * months + 10, TOP + CELL_HEIGHT * cohorts.size() + 10);
        for (int k = 0; k < months; k++) {
            svg.text(LEFT + CELL_WIDTH * k + CELL_WIDTH / 2, TOP - 8, "m" + k, "middle", "axis");
        }
        for (int row = 0; row < cohorts.size(); row++) {
            CustomersSection.CohortRow cohort = cohorts.get(row);
            double y = TOP + CELL_HEIGHT * row;
            svg.text(LEFT - 8, y + 15, cohort.month() + " (" + cohort.customers() + ")", "end", "axis");
            for (int k = 1; k < cohort.retention().size(); k++) {
                double share = cohort.retention().get(k);
                String label = String.format(Locale.ROOT, "%.0f%%", share * 100);
                svg.bar(LEFT + CELL_WIDTH * k, y, CELL_WIDTH - 2, CELL_HEIGHT - 2, shade(share), cohort.month() + " m" + k,
                        label, cohort.month() + ", month " + k + ": " + label + " bought again");
                svg.text(LEFT + CELL_WIDTH * k + CELL_WIDTH / 2 - 1, y + 15, label, "middle", "axis");
            }
        }
        return svg.render("Retention heat map");
    }

    /** White at 0% to the report's blue at 50% and above. */
    private static String shade(double share) {
        double t = Math.min(1, share / 0.5);
        int r = (int) Math.round(255 + (0x2f - 255) * t);
        int g = (int) Math.round(255 + (0x5d - 255) * t);
        int b = (int) Math.round(255 + (0x8a - 255) * t);
        return String.format(Locale.ROOT, "#%02x%02x%02x", r, g, b);
    }
}
