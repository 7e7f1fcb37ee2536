/**
 * The synthetic brand: a small causal market model that writes real-format Amazon reports and an operating model.
 */
package dev.arbiter.demo;
