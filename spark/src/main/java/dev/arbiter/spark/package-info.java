/**
 * Arbiter's scale-out engine: the warehouse economics (SKU-days with COGS and fees, target delivery, search-term
 * aggregates) computed by Apache Spark SQL from the warehouse written as Parquet, behind the core's
 * {@link dev.arbiter.economics.engine.EconomicsEngine}.
 */
package dev.arbiter.spark;
