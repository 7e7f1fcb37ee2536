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
import java.util.List;
import java.util.Locale;

/**
 * A Sponsored Products console report streamed as the console's CSV rendering (formats doc A1): a day as
 * {@code "Mar 01, 2026"}, text columns quoted only where needed, then the fifteen metric columns with dollar amounts
 * and four-decimal percentages; one row in memory at a time.
 */
final class ConsoleCsv implements AutoCloseable {
    private static final DateTimeFormatter CONSOLE_DAY = DateTimeFormatter.ofPattern("MMM dd, yyyy", Locale.ROOT);

    private final Path path;
    private final Writer out;
    private final StringBuilder line = new StringBuilder(256);
    private LocalDate formattedDay;
    private String dayText = "";
    private long rows;

    ConsoleCsv(Path path, List<String> header) {
        this.path = path;
        try {
            this.out = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
            out.write(String.join(",", header));
            out.write('\n');
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** Writes one row: the day, the text columns in order, then the metrics. */
    void row(LocalDate day, List<String> texts, AdTotals totals) {
        if (!day.equals(formattedDay)) {
            formattedDay = day;
            dayText = '"' + CONSOLE_DAY.format(day) + '"';
        }
        line.setLength(0);
        line.append(dayText);
        for (String text : texts) {
            line.append(',').append(CatalogFile.quoted(text));
        }
        metrics(totals);
        line.append('\n');
        try {
            out.append(line);
        } catch (IOException e) {
            throw failure(e);
        }
        rows++;
    }

    private void metrics(AdTotals totals) {
        long clicks = totals.clicks();
        long spend = totals.spendCents();
        long sales = totals.salesCents();
        line.append(',').append(totals.impressions()).append(',').append(clicks).append(',');
        LargeSearchTermReport.percent(line, clicks, totals.impressions());
        line.append(',');
        if (clicks > 0) {
            LargeSearchTermReport.money(line, Math.round((double) spend / clicks));
        }
        line.append(',');
        LargeSearchTermReport.money(line, spend);
        line.append(',');
        LargeSearchTermReport.money(line, sales);
        line.append(',');
        LargeSearchTermReport.percent(line, spend, sales);
        line.append(',');
        if (spend > 0) {
            long hundredths = Math.round(sales * 100.0 / spend);
            line.append(hundredths / 100).append('.').append(hundredths % 100 < 10 ? "0" : "").append(hundredths % 100);
        }
        line.append(',').append(totals.orders()).append(',').append(totals.units()).append(',');
        LargeSearchTermReport.percent(line, totals.orders(), clicks);
        line.append(',').append(totals.advertisedUnits()).append(',').append(totals.otherUnits()).append(',');
        LargeSearchTermReport.money(line, totals.advertisedSalesCents());
        line.append(',');
        LargeSearchTermReport.money(line, totals.otherSalesCents());
    }

    long rows() {
        return rows;
    }

    private ArbiterException failure(IOException e) {
        return new ArbiterException(ErrorKind.EXTERNAL, "could not write " + path + ": " + e.getMessage(), e);
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw failure(e);
        }
    }
}
