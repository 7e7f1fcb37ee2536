package dev.arbiter.demo;

import dev.arbiter.model.ArbiterException;
import dev.arbiter.model.ErrorKind;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Streams a Sponsored Products search term report of any size as the console's CSV rendering (formats doc A1.1, 23
 * columns, 7-day seller headers), one row at a time in constant memory, for throughput benchmarks. Every row has a
 * distinct natural key (day × campaign × ad group × target × match type × search term) and self-consistent numbers
 * (clicks ≤ impressions, spend = clicks × CPC, sales = advertised + other sales).
 */
public final class LargeSearchTermReport {
    private static final int TERMS_PER_DAY = 50_000;
    private static final int TERMS_PER_AD_GROUP = 250;
    private static final DateTimeFormatter CONSOLE_DAY = DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.ROOT);
    private static final String[] MATCH_TYPES = {"EXACT", "PHRASE", "BROAD"};

    private final LocalDate firstDay;
    private final long seed;

    /**
     * @param firstDay the day of the first rows; each later block of {@value #TERMS_PER_DAY} rows is one day later
     * @param seed the random seed, so the same arguments write the same bytes
     */
    public LargeSearchTermReport(LocalDate firstDay, long seed) {
        this.firstDay = firstDay;
        this.seed = seed;
    }

    /** Writes {@code rows} data rows under the header to {@code file}, replacing it; returns the file's size in bytes. */
    public long write(Path file, long rows) {
        SplittableRandom random = new SplittableRandom(seed);
        StringBuilder line = new StringBuilder(256);
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(String.join(",", SearchTermReportFile.HEADER));
            out.write('\n');
            String dayText = "";
            for (long row = 0; row < rows; row++) {
                int term = (int) (row % TERMS_PER_DAY);
                if (term == 0) {
                    dayText = '"' + CONSOLE_DAY.format(firstDay.plusDays(row / TERMS_PER_DAY)) + '"';
                }
                line.setLength(0);
                append(line, dayText, term, random);
                out.append(line);
            }
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot write " + file + ": " + e.getMessage(), e);
        }
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new ArbiterException(ErrorKind.EXTERNAL, "cannot measure " + file + ": " + e.getMessage(), e);
        }
    }

    private static void append(StringBuilder line, String day, int term, SplittableRandom random) {
        int adGroup = term / TERMS_PER_AD_GROUP;
        int campaign = adGroup / 4;
        String matchType = MATCH_TYPES[adGroup % MATCH_TYPES.length];
        long impressions = 1 + random.nextInt(5_000);
        long clicks = random.nextInt((int) Math.min(impressions, 60) + 1);
        long cpcCents = 20 + random.nextInt(180);
        long spendCents = clicks * cpcCents;
        long orders = clicks == 0 ? 0 : random.nextInt((int) Math.min(clicks, 5) + 1);
        long advertisedUnits = orders;
        long otherUnits = orders == 0 ? 0 : random.nextInt(2);
        long advertisedSalesCents = advertisedUnits * (999 + random.nextInt(4_000));
        long otherSalesCents = otherUnits * (999 + random.nextInt(4_000));
        long salesCents = advertisedSalesCents + otherSalesCents;
        line.append(day).append(",Not grouped,USD,")
                .append("Bench Campaign ").append(campaign).append(" - ").append(matchType).append(',')
                .append("Ad Group ").append(adGroup).append(',')
                .append("keyword ").append(adGroup).append(',')
                .append(matchType).append(',')
                .append("search term ").append(term).append(',')
                .append(impressions).append(',')
                .append(clicks).append(',');
        percent(line, clicks, impressions);
        line.append(',');
        if (clicks > 0) {
            money(line, spendCents / clicks);
        }
        line.append(',');
        money(line, spendCents);
        line.append(',');
        money(line, salesCents);
        line.append(',');
        percent(line, spendCents, salesCents);
        line.append(',');
        if (spendCents > 0) {
            line.append(String.format(Locale.ROOT, "%.2f", (double) salesCents / spendCents));
        }
        line.append(',').append(orders).append(',').append(advertisedUnits + otherUnits).append(',');
        percent(line, orders, clicks);
        line.append(',').append(advertisedUnits).append(',').append(otherUnits).append(',');
        money(line, advertisedSalesCents);
        line.append(',');
        money(line, otherSalesCents);
        line.append('\n');
    }

    static void money(StringBuilder line, long cents) {
        line.append('$').append(cents / 100).append('.');
        long rest = cents % 100;
        if (rest < 10) {
            line.append('0');
        }
        line.append(rest);
    }

    /** The console's four-decimal percentage, or nothing when the denominator is zero. */
    static void percent(StringBuilder line, long part, long whole) {
        if (whole > 0) {
            long tenThousandths = Math.round(part * 1_000_000.0 / whole);
            line.append(tenThousandths / 10_000).append('.');
            String rest = Long.toString(tenThousandths % 10_000);
            line.append("0".repeat(4 - rest.length())).append(rest).append('%');
        }
    }
}
