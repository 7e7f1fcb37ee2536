package dev.arbiter.demo;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Writes {@code ratings.csv}, our reviews and ratings file (docs/ingest.md) as a review tool would export it: each SKU
 * read once a week, on the last day and every seventh day before it, with the rating shoppers saw that day (two
 * decimals) and cumulative counts that grow with the SKU's expected orders (about one rating per 40 orders, one written
 * review per five ratings).
 */
final class RatingsFile {
    static final String FILE_NAME = "ratings.csv";
    static final List<String> HEADER =
            List.of("date", "sku", "asin", "marketplace", "rating", "ratings_count", "reviews_count");
    private static final int READ_EVERY_DAYS = 7;

    private RatingsFile() {}

    static int write(Path inbox, List<Product> products, LocalDate lastDay, int days) {
        try (TextFile file = new TextFile(inbox.resolve(FILE_NAME), false)) {
            file.line(HEADER, ",");
            int firstRead = (days - 1) % READ_EVERY_DAYS;
            for (int offset = firstRead; offset < days; offset += READ_EVERY_DAYS) {
                LocalDate day = lastDay.minusDays(days - 1L - offset);
                for (Product product : products) {
                    long ratings = ratingsCount(product, offset);
                    file.line(List.of(
                            day.toString(),
                            product.sku(),
                            product.asin(),
                            "US",
                            String.format(Locale.ROOT, "%.2f", product.rating(offset)),
                            Long.toString(ratings),
                            Long.toString(ratings / 5)), ",");
                }
            }
            return file.dataLines();
        }
    }

    /** A year of orders before the window at one rating per 40, plus those of the window's days so far. */
    private static long ratingsCount(Product product, int offset) {
        double ordersPerDay = product.baseSessions() * product.baseConversion();
        return Math.round(ordersPerDay * (365 + offset) / 40.0);
    }
}
