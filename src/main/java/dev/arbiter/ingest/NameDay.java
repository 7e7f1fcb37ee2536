package dev.arbiter.ingest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How a report without a date column takes its day from its file name. */
enum NameDay {
    /** An ISO date in the name is required ({@code BusinessReport-2026-03-01.csv}); without one the file is refused. */
    ISO_REQUIRED,
    /** An ISO or English date in the name, else the clock's today (a Manage Inventory snapshot is taken when downloaded). */
    ISO_OR_TODAY,
    /** Amazon's 13-digit epoch-millis download stamp (UTC), an ISO or English date, else today (bulksheets). */
    EPOCH_OR_ISO_OR_TODAY;

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?i)(?<![a-z])(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*[ _-](\\d{1,2}),?[ _-](\\d{4})(?!\\d)");
    private static final Pattern EPOCH_MILLIS = Pattern.compile("(?<!\\d)(1\\d{12})(?!\\d)");

    /** The day the name gives, or empty when this policy finds none. */
    Optional<LocalDate> dayOf(String fileName, Clock clock) {
        if (this == EPOCH_OR_ISO_OR_TODAY) {
            Matcher epoch = EPOCH_MILLIS.matcher(fileName);
            if (epoch.find()) {
                return Optional.of(LocalDate.ofInstant(Instant.ofEpochMilli(Long.parseLong(epoch.group(1))), ZoneOffset.UTC));
            }
        }
        Optional<LocalDate> iso = isoDay(fileName);
        if (iso.isPresent() || this == ISO_REQUIRED) {
            return iso;
        }
        return Optional.of(englishDay(fileName).orElse(LocalDate.now(clock)));
    }

    /** {@code Bulk File Dec 06 2019.xlsx}, as Amazon names some downloads. */
    private static Optional<LocalDate> englishDay(String fileName) {
        Matcher matcher = ENGLISH.matcher(fileName);
        if (!matcher.find()) {
            return Optional.empty();
        }
        int month = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
                        .indexOf(matcher.group(1).toLowerCase(Locale.ROOT))
                + 1;
        try {
            return Optional.of(
                    LocalDate.of(Integer.parseInt(matcher.group(3)), month, Integer.parseInt(matcher.group(2))));
        } catch (java.time.DateTimeException notADay) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> isoDay(String fileName) {
        Matcher matcher = ISO.matcher(fileName);
        while (matcher.find()) {
            try {
                return Optional.of(LocalDate.of(
                        Integer.parseInt(matcher.group(1)),
                        Integer.parseInt(matcher.group(2)),
                        Integer.parseInt(matcher.group(3))));
            } catch (java.time.DateTimeException notADay) {
                // keep looking: 2026-13-45 is not a day
            }
        }
        return Optional.empty();
    }
}
