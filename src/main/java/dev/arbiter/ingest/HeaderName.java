package dev.arbiter.ingest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header matched as Amazon's headers must be (formats doc §0.1): BOM stripped, trimmed, inner spaces collapsed,
 * case-folded, a localised or Ads API v3 name read as its English console header ({@link HeaderSynonyms}), then
 * a leading attribution window ({@code 7 Day }, {@code 14 Day }) and a trailing currency suffix ({@code (₹)}) removed,
 * so {@code "7 Day Total Sales "}, {@code 14 Day Total Sales (₹)}, {@code sales14d} and {@code 7 Tage, Umsatz gesamt
 * (€)} are one column. The static forms read with the built-in synonyms only.
 */
final class HeaderName {
    private static final Pattern WINDOW = Pattern.compile("^(\\d{1,2}) day ");
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("\\s*\\(\\p{Sc}\\)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private HeaderName() {}

    static String normalise(String header) {
        return HeaderSynonyms.builtIn().normalise(header);
    }

    /** A folded English header without its leading attribution window. */
    static String withoutWindow(String english) {
        return WINDOW.matcher(english).replaceFirst("");
    }

    /** The attribution window a folded English header starts with, if any. */
    static Optional<Integer> window(String english) {
        Matcher matcher = WINDOW.matcher(english);
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** The header without BOM, outer and doubled spaces, case and a trailing currency suffix. */
    static String fold(String header) {
        String text = header.replace("\uFEFF", "").replace('\u00A0', ' ');
        text = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return CURRENCY_SUFFIX.matcher(text).replaceAll("");
    }
}
