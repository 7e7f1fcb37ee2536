/**
 * De-averaging: outliers, waste, anomalies and retail/media conflicts.
 */
package dev.arbiter.insights;
