/**
 * De-averaging: outliers, waste, anomalies and retail/media conflicts; and the outcomes of executed actions against
 * control groups of similar untouched units.
 */
package dev.arbiter.insights;
