package dev.arbiter.ingest;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A header matched as Amazon's headers must be (formats doc §0.1): BOM stripped, trimmed, inner spaces collapsed,
 * case-folded, a localised or Ads API v3 name read as its English console header ({@code header-synonyms.tsv}), then
 * a leading attribution window ({@code 7 Day }, {@code 14 Day }) and a trailing currency suffix ({@code (₹)}) removed,
 * so {@code "7 Day Total Sales "}, {@code 14 Day Total Sales (₹)}, {@code sales14d} and {@code 7 Tage, Umsatz gesamt
 * (€)} are one column.
 */
final class HeaderName {
    private static final Pattern WINDOW = Pattern.compile("^(\\d{1,2}) day ");
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("\\s*\\(\\p{Sc}\\)$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** An Ads API v3 metric with its window as a suffix: {@code sales7d}, {@code unitsSoldClicks14d}. */
    private static final Pattern API_WINDOW = Pattern.compile("^([a-z]+)(\\d{1,2})d$");
    private static final Map<String, String> SYNONYMS = synonyms();

    private HeaderName() {}

    static String normalise(String header) {
        return WINDOW.matcher(english(header)).replaceFirst("");
    }

    /** The attribution window a header states ({@code 7 Day Total Sales}, {@code sales14d} → 7, 14), if any. */
    static Optional<Integer> attributionDays(String header) {
        Matcher matcher = WINDOW.matcher(english(header));
        return matcher.find() ? Optional.of(Integer.parseInt(matcher.group(1))) : Optional.empty();
    }

    /** The header folded and, when it is a known synonym, replaced by the folded English console header. */
    private static String english(String header) {
        String folded = fold(header);
        String english = SYNONYMS.get(folded);
        if (english != null) {
            return english;
        }
        Matcher api = API_WINDOW.matcher(folded);
        if (api.matches()) {
            String windowed = SYNONYMS.get(api.group(1) + "{n}d");
            if (windowed != null) {
                return windowed.replace("{n}", api.group(2));
            }
        }
        return folded;
    }

    private static String fold(String header) {
        String text = header.replace("\uFEFF", "").replace('\u00A0', ' ');
        text = SPACES.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
        return CURRENCY_SUFFIX.matcher(text).replaceAll("");
    }

    private static Map<String, String> synonyms() {
        Map<String, String> synonyms = new HashMap<>();
        try (InputStream in = HeaderName.class.getResourceAsStream("header-synonyms.tsv")) {
            if (in == null) {
                throw new ArbiterException(ErrorKind.INTERNAL, "missing resource header-synonyms.tsv");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] pair = line.split("\t");
                if (pair.length != 2) {
                    throw new ArbiterException(ErrorKind.INTERNAL, "header-synonyms.tsv: not two columns: " + line);
                }
                synonyms.put(fold(pair[0]), fold(pair[1]));
            }
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.INTERNAL, "cannot read header-synonyms.tsv", e);
        }
        return Map.copyOf(synonyms);
    }
}
