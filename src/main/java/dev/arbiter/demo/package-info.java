/**
 * The synthetic brand: a small causal market model that writes real-format Amazon reports and an operating model.
 * {@link dev.arbiter.demo.DemoBrand} is the one entry point; the model's assumptions are in
 * {@code docs/demo-model.md}. It uses only the model package and Apache POI, never ingest, warehouse or decide, so the
 * files it writes test the rest of Arbiter from the outside.
 */
package dev.arbiter.demo;
