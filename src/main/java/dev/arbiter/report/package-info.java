/**
 * The holistic report as a model, in the order of the seed documents, and its self-contained HTML with SVG charts.
 */
package dev.arbiter.report;
