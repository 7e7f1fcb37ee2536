/**
 * The holistic report as a model, in the order of the seed documents (objectives, retail health, media,
 * conversion, profitability, actions), built from economics values; its {@code html} sub-package renders it.
 * It never depends on govern, execute, ingest, web or cli: callers map ledger entries to {@code ActionLine}s.
 */
package dev.arbiter.report;
