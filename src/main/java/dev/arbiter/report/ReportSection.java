package dev.arbiter.report;

import java.util.Locale;

/**
 * The sections of the holistic report in the order seed 001 tells the story: objectives and retail health
 * first, then media delivery, conversion and profitability, then what was done about it.
 */
public enum ReportSection {
    OBJECTIVES("1. Objectives"),
    RETAIL_HEALTH("2. Retail health"),
    MEDIA("3. Media delivery and efficiency"),
    CONVERSION("4. Conversion"),
    PROFITABILITY("5. Profitability"),
    ACTIONS("6. Actions");

    private final String heading;

    ReportSection(String heading) {
        this.heading = heading;
    }

    /** The heading readers see. */
    public String heading() {
        return heading;
    }

    /** The id used as the section's anchor. */
    public String anchor() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
