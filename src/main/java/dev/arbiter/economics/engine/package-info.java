/**
 * The service interface through which an engine other than the embedded warehouse (Apache Spark, in the
 * {@code arbiter-spark} module) computes the economics grain; found with {@link java.util.ServiceLoader}, so the core
 * never depends on an engine.
 */
package dev.arbiter.economics.engine;
