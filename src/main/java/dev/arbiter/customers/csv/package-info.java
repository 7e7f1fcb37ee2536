/**
 * Readers of customer order files (our order-lines CSV, Online Retail II, CDNOW) and of the plan CSV: each row
 * checked, bad rows quarantined with their line and column. Turns files into {@code customers} values and computes
 * nothing itself.
 */
package dev.arbiter.customers.csv;
