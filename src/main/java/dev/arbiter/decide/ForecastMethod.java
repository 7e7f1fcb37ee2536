package dev.arbiter.decide;

/** How a SKU's daily velocity was forecast, from the richest model its history supports down to none. */
public enum ForecastMethod {
    /** Level, damped trend and a weekly season (Holt-Winters, additive): four weeks of observed days or more. */
    HOLT_WINTERS("Holt-Winters with weekly season"),
    /** Level and damped trend (Holt), no season: two to four weeks of observed days. */
    HOLT("Holt trend smoothing (history too short for a weekly season)"),
    /** Level only: fewer than two weeks of observed days. */
    SIMPLE("simple exponential smoothing (history too short for trend or season)"),
    /** No daily history: the window's average velocity, with Poisson noise as its error. */
    WINDOW_AVERAGE("the window's average velocity (no daily history)");

    private final String description;

    ForecastMethod(String description) {
        this.description = description;
    }

    /** How the method reads in a rationale. */
    public String description() {
        return description;
    }
}
