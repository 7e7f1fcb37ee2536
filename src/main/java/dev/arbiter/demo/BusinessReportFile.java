package dev.arbiter.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one {@code BusinessReport-YYYY-MM-DD.csv} per day: Detail Page Sales and Traffic By Child Item, the
 * compact 22-column layout of formats doc C3; UTF-8 with BOM, every field quoted, {@code "1,138"},
 * {@code "5.94%"}, {@code "$2,985.86"}.
 */
final class BusinessReportFile {
    static final List<String> HEADER = List.of(
            "(Parent) ASIN", "(Child) ASIN", "Title", "SKU", "Sessions - Total", "Sessions - Total - B2B",
            "Session Percentage - Total", "Session Percentage - Total - B2B", "Page Views - Total",
            "Page Views - Total - B2B", "Page Views Percentage - Total", "Page Views Percentage - Total - B2B",
            "Featured Offer (Buy Box) Percentage", "Featured Offer (Buy Box) Percentage - B2B", "Units Ordered",
            "Units Ordered - B2B", "Unit Session Percentage", "Unit Session Percentage - B2B", "Ordered Product Sales",
            "Ordered Product Sales - B2B", "Total Order Items", "Total Order Items - B2B");

    private BusinessReportFile() {}

    static String fileName(MarketDay day) {
        return "BusinessReport-" + day.day() + ".csv";
    }

    /** Writes the day's file with a row for every SKU that had sessions or orders; returns the rows written. */
    static int write(Path inbox, MarketDay day, List<Product> products) {
        long sessions = 0;
        long sessionsB2b = 0;
        long pageViews = 0;
        long pageViewsB2b = 0;
        for (MarketDay.ListingDay listing : day.listings()) {
            sessions += listing.sessions();
            sessionsB2b += listing.sessionsB2b();
            pageViews += listing.pageViews();
            pageViewsB2b += listing.pageViewsB2b();
        }
        try (TextFile file = new TextFile(inbox.resolve(fileName(day)), true)) {
            file.line(quotedAll(HEADER), ",");
            for (MarketDay.ListingDay listing : day.listings()) {
                if (listing.sessions() == 0 && listing.units() == 0) {
                    continue;
                }
                Product product = products.get(listing.product());
                double buyBoxB2b = listing.sessionsB2b() > 0 ? listing.buyBoxShare() : 0.0;
                file.line(quotedAll(List.of(
                        product.parentAsin(), product.asin(), product.title(), product.sku(),
                        count(listing.sessions()), count(listing.sessionsB2b()),
                        percent(listing.sessions(), sessions), percent(listing.sessionsB2b(), sessionsB2b),
                        count(listing.pageViews()), count(listing.pageViewsB2b()),
                        percent(listing.pageViews(), pageViews), percent(listing.pageViewsB2b(), pageViewsB2b),
                        percent(listing.buyBoxShare()), percent(buyBoxB2b),
                        count(listing.units()), count(listing.unitsB2b()),
                        percent(listing.units(), listing.sessions()), percent(listing.unitsB2b(), listing.sessionsB2b()),
                        money(listing.salesCents()), money(listing.salesB2bCents()),
                        count(listing.orders()), count(listing.ordersB2b()))), ",");
            }
            return file.dataLines();
        }
    }

    private static List<String> quotedAll(List<String> fields) {
        List<String> quoted = new ArrayList<>(fields.size());
        for (String field : fields) {
            quoted.add('"' + field.replace("\"", "\"\"") + '"');
        }
        return quoted;
    }

    /** {@code 1,138}: digits grouped by thousands (hand-rolled: String.format dominated the time to write). */
    static String count(long value) {
        String digits = Long.toString(Math.abs(value));
        StringBuilder text = new StringBuilder(digits.length() + 4);
        if (value < 0) {
            text.append('-');
        }
        int lead = digits.length() % 3 == 0 ? 3 : digits.length() % 3;
        text.append(digits, 0, lead);
        for (int i = lead; i < digits.length(); i += 3) {
            text.append(',').append(digits, i, i + 3);
        }
        return text.toString();
    }

    static String percent(long part, long whole) {
        return percent(whole == 0 ? 0.0 : part / (double) whole);
    }

    /** {@code 5.94%}: a fraction as a percentage with two decimals, half up. */
    static String percent(double fraction) {
        long hundredths = Math.round(fraction * 10_000);
        return hundredths / 100 + "." + twoDigits(hundredths % 100) + "%";
    }

    /** {@code $2,985.86}; a negative amount as {@code $-9.02}, as real console CSVs write it (formats doc §0.6). */
    static String money(long cents) {
        String sign = cents < 0 ? "-" : "";
        long absolute = Math.abs(cents);
        return "$" + sign + count(absolute / 100) + "." + twoDigits(absolute % 100);
    }

    private static String twoDigits(long value) {
        return value < 10 ? "0" + value : Long.toString(value);
    }
}
