package dev.arbiter.ingest;

import dev.arbiter.model.Marketplace;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A number as Amazon displays it (formats doc §0.6): {@code $1,234.56}, {@code "1,138"}, {@code 12.34%},
 * {@code $-9.02}, {@code 1.234,56 €}, {@code Rs.15.5}, {@code USD 58.89}; separators follow the marketplace (a French
 * file may group by dots as well as by narrow spaces: {@code 1.234,56 €}, formats doc §0.6).
 *
 * @param value the exact number (a percent stays in points: 12.34% is 12.34 here)
 * @param percent whether the text ended in {@code %}
 * @param currency the currency its symbol or code names, if any
 */
record DisplayNumber(BigDecimal value, boolean percent, Optional<String> currency) {
    /** Symbols and codes, longest first so {@code C$} wins over {@code $}. */
    private static final List<String[]> CURRENCY_MARKS = List.of(
            new String[] {"US$", "USD"}, new String[] {"CA$", "CAD"}, new String[] {"C$", "CAD"},
            new String[] {"MX$", "MXN"}, new String[] {"Rs.", "INR"}, new String[] {"Rs", "INR"},
            new String[] {"USD", "USD"}, new String[] {"CAD", "CAD"}, new String[] {"MXN", "MXN"},
            new String[] {"GBP", "GBP"}, new String[] {"EUR", "EUR"}, new String[] {"JPY", "JPY"},
            new String[] {"INR", "INR"}, new String[] {"€", "EUR"}, new String[] {"£", "GBP"},
            new String[] {"¥", "JPY"}, new String[] {"￥", "JPY"}, new String[] {"₹", "INR"}, new String[] {"$", "$"});

    /** The marks by their first and by their last character: a cell is compared only with the marks that can fit. */
    private static final MarkIndex MARKS_BY_FIRST = MarkIndex.of(true);
    private static final MarkIndex MARKS_BY_LAST = MarkIndex.of(false);

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?");
    /** A comma-decimal number grouped by dots, as EU consoles other than the French one write it: {@code 1.234,56}. */
    private static final Pattern DOT_GROUPED = Pattern.compile("[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?");
    private static final List<String> NULL_TOKENS = List.of("", "--", "-", "n/a", "na");

    /** Whether a numeric cell's text means "no value" ({@code ""}, {@code --}, {@code -}, {@code N/A}). */
    static boolean isNull(String text) {
        if (text.length() > 5) {
            return false;
        }
        return NULL_TOKENS.contains(text.strip().toLowerCase(Locale.ROOT));
    }

    /** The currency mark a display number carries ({@code $}, {@code INR}, …), without reading the number. */
    static Optional<String> currencyMark(String text) {
        String s = text.strip();
        if (s.isEmpty() || (isPlainEnd(s.charAt(0)) && isPlainEnd(s.charAt(s.length() - 1)))) {
            return Optional.empty();
        }
        if (s.startsWith("-")) {
            s = s.substring(1);
        }
        if (s.endsWith("%")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        for (String[] mark : candidates(s)) {
            if (s.startsWith(mark[0]) || s.endsWith(mark[0])) {
                return Optional.of(mark[1]);
            }
        }
        return Optional.empty();
    }

    /** The marks that could start or end {@code s}, in the order of {@link #CURRENCY_MARKS}. */
    private static List<String[]> candidates(String s) {
        List<String[]> first = MARKS_BY_FIRST.at(s.charAt(0));
        List<String[]> last = MARKS_BY_LAST.at(s.charAt(s.length() - 1));
        if (last.isEmpty()) {
            return first;
        }
        if (first.isEmpty()) {
            return last;
        }
        return CURRENCY_MARKS.stream().filter(m -> first.contains(m) || last.contains(m)).toList();
    }

    /** The currency marks by the character at one of their ends: a table for ASCII, a map for the symbols beyond. */
    private record MarkIndex(List<List<String[]>> ascii, Map<Character, List<String[]>> beyond) {
        static MarkIndex of(boolean byFirst) {
            List<List<String[]>> ascii = new ArrayList<>();
            for (char c = 0; c < 128; c++) {
                ascii.add(marksAt(c, byFirst));
            }
            Map<Character, List<String[]>> beyond = new HashMap<>();
            for (String[] mark : CURRENCY_MARKS) {
                char end = byFirst ? mark[0].charAt(0) : mark[0].charAt(mark[0].length() - 1);
                if (end >= 128) {
                    beyond.put(end, marksAt(end, byFirst));
                }
            }
            return new MarkIndex(List.copyOf(ascii), Map.copyOf(beyond));
        }

        private static List<String[]> marksAt(char c, boolean byFirst) {
            return CURRENCY_MARKS.stream()
                    .filter(mark -> (byFirst ? mark[0].charAt(0) : mark[0].charAt(mark[0].length() - 1)) == c)
                    .toList();
        }

        List<String[]> at(char c) {
            return c < 128 ? ascii.get(c) : beyond.getOrDefault(c, List.of());
        }
    }

    private static boolean isPlainEnd(char c) {
        return (c >= '0' && c <= '9') || c == '-' || c == '%' || c == '.';
    }

    /** The number in {@code text}, or empty when it is not one. */
    static Optional<DisplayNumber> parse(String text, Marketplace marketplace) {
        String s = text.strip().replace('\u00A0', ' ').replace('\u202F', ' ');
        boolean negative = false;
        boolean percent = false;
        if (s.endsWith("%")) {
            percent = true;
            s = s.substring(0, s.length() - 1).strip();
        }
        if (s.startsWith("-")) {
            negative = true;
            s = s.substring(1).strip();
        }
        Optional<String> currency = Optional.empty();
        boolean plainEnds = s.isEmpty() || (isPlainEnd(s.charAt(0)) && isPlainEnd(s.charAt(s.length() - 1)));
        for (String[] mark : plainEnds ? List.<String[]>of() : candidates(s)) {
            if (s.startsWith(mark[0])) {
                currency = Optional.of(mark[1]);
                s = s.substring(mark[0].length()).strip();
                break;
            }
            if (s.endsWith(mark[0])) {
                currency = Optional.of(mark[1]);
                s = s.substring(0, s.length() - mark[0].length()).strip();
                break;
            }
        }
        if (s.startsWith("-")) {
            negative = !negative;
            s = s.substring(1).strip();
        }
        s = plain(s, marketplace);
        if (!isPlain(s)) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(s);
        return Optional.of(new DisplayNumber(negative ? value.negate() : value, percent, currency));
    }

    /** {@code -?digits(.digits)?}, checked by hand because this runs for every number cell of every row. */
    private static boolean isPlain(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = 0;
        boolean point = false;
        boolean digitAfterPoint = false;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
                digitAfterPoint = point;
            } else if (c == '.' && !point && digits > 0) {
                point = true;
            } else {
                return PLAIN.matcher(s).matches();
            }
        }
        return digits > 0 && (!point || digitAfterPoint);
    }

    /** Whether {@code s} has no grouping, space or foreign decimal mark to take out (the common case). */
    private static boolean alreadyPlain(String s, char decimal, char grouping) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == grouping || c == ' ' || c == '\'' || (c == decimal && decimal != '.')) {
                return false;
            }
        }
        return true;
    }

    private static String plain(String s, Marketplace marketplace) {
        char decimal = marketplace.decimalSeparator();
        char grouping = marketplace.groupingSeparator();
        if (decimal == ',' && grouping != '.' && s.indexOf('.') >= 0 && DOT_GROUPED.matcher(s).matches()) {
            grouping = '.';
        }
        if (alreadyPlain(s, decimal, grouping)) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == grouping || c == ' ' || (c == '\'' && decimal != '\'')) {
                continue;
            }
            out.append(c == decimal ? '.' : c);
        }
        return out.toString();
    }
}
