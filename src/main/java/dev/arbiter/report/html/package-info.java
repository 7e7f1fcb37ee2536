/**
 * The holistic report as one self-contained HTML page: inline CSS and hand-drawn SVG charts (waterfall, bars,
 * trend), numbers formatted in {@code Locale.ROOT}, every text escaped. Renders a report model; computes nothing.
 */
package dev.arbiter.report.html;
