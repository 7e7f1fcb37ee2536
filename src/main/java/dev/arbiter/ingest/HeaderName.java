package dev.arbiter.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header matched as Amazon's headers must be (formats doc §0.1): BOM stripped, trimmed, inner spaces collapsed,
 * case-folded, a leading attribution window ({@code 7 Day }, {@code 14 Day }) and a trailing currency suffix
 * ({@code (₹)}) removed, so {@code "7 Day Total Sales "} and {@code 14 Day Total Sales (₹)} are one column.
 */
final class HeaderName {
    private static final Pattern WINDOW = Pattern.compile("^(\\d{1,2}) day ");
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("\\s*\\(\\p{Sc}\\)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeaderName() {}

    static String normalise(String header) {
        String text = header.replace("\uFEFF", "").replace('\u00A0', ' ');
        text = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        text = CURRENCY_SUFFIX.matcher(text).replaceAll("");
        return WINDOW.matcher(text).replaceFirst("");
    }

    /** The attribution window a header states ({@code 7 Day Total Sales} → 7), if any. */
    static Optional<Integer> attributionDays(String header) {
        String text = SPACES.matcher(header.replace("\uFEFF", "").strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        Matcher matcher = WINDOW.matcher(text);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }
}
