package dev.arbiter.ingest;

/** How a column's cells are read and which warehouse type they become. */
enum ValueType {
    /** Free text; blank becomes null. */
    TEXT,
    /** Text that identifies the row; a blank one sends the row to quarantine. */
    KEY_TEXT,
    /** A whole number that cannot be negative (impressions, units), BIGINT. */
    COUNT,
    /** A small whole number that cannot be negative (days, percentages), INTEGER. */
    SMALL_COUNT,
    /** An amount of money that cannot be negative, exact, DECIMAL(18,6); its currency symbol, if any, must match the file's. */
    MONEY,
    /** An amount of money that may be negative (a fee or refund in a settlement), exact, DECIMAL(18,6). */
    SIGNED_MONEY,
    /** A ratio held as a fraction, DOUBLE: {@code 12.34%} and a percent-formatted 0.1234 are both 0.1234. */
    RATIO,
    /** A calendar day, DATE. */
    DATE,
    /** An ISO currency code, checked against the file's one currency. */
    CURRENCY,
    /** One of our objectives: launch, growth, defend, profit, clear_stock. */
    OBJECTIVE,
    /** An average star rating from 1 to 5, DOUBLE. */
    STARS,
    /** A marketplace code ({@code US}, {@code DE}, {@code GB} for the UK), stored as Arbiter's code. */
    MARKETPLACE
}
