package dev.arbiter.ingest;

import java.util.List;
import java.util.Objects;

/**
 * One column of a warehouse table and where its value comes from: a report header (any of its synonyms, matched
 * normalised) or the file itself (its day, currency, attribution window or id).
 *
 * @param target the warehouse column
 * @param type how its value is read
 * @param origin where its value comes from
 * @param required whether a file lacking the header is not this kind of report (and a blank cell is a bad row)
 * @param summed whether the value is the sum of every listed header rather than the first one present
 * @param blankAllowed whether a required header's cell may be blank (a settlement's summary row has no amount)
 * @param headers the accepted header names, normalised by {@link HeaderName}
 * @param heading the first accepted header as Amazon spells it, for messages
 */
record Column(
        String target,
        ValueType type,
        Origin origin,
        boolean required,
        boolean summed,
        boolean blankAllowed,
        List<String> headers,
        String heading) {
    /** Where a column's value comes from. */
    enum Origin {
        HEADER,
        FILE_DAY,
        FILE_CURRENCY,
        ATTRIBUTION_DAYS,
        FILE_ID
    }

    Column {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(heading, "heading");
        headers = headers.stream().map(HeaderName::normalise).toList();
    }

    static Column required(String target, ValueType type, String... headers) {
        return new Column(target, type, Origin.HEADER, true, false, false, List.of(headers), headers[0].strip());
    }

    static Column optional(String target, ValueType type, String... headers) {
        return new Column(target, type, Origin.HEADER, false, false, false, List.of(headers), headers[0].strip());
    }

    static Column fromFile(String target, ValueType type, Origin origin) {
        return new Column(target, type, origin, false, false, false, List.of(), target);
    }

    /** A column whose header the report must have but whose cells may be blank. */
    static Column present(String target, ValueType type, String... headers) {
        return new Column(target, type, Origin.HEADER, true, false, true, List.of(headers), headers[0].strip());
    }

    /** A required count that is the sum of several headers, all of which must be present. */
    static Column sumOf(String target, ValueType type, String... headers) {
        return new Column(target, type, Origin.HEADER, true, true, false, List.of(headers), String.join(" + ", headers));
    }

    /** The column as a user reads it in a message: {@code units_ordered} → {@code units ordered}. */
    String words() {
        return target.replace('_', ' ');
    }
}
