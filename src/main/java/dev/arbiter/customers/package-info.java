/**
 * Customer profitability, cohorts and lifetime value: profit per customer after per-order costs and returns,
 * cohorts by month of first purchase, BG/NBD and Gamma-Gamma fitted by maximum likelihood. Computes values from
 * values; the readers of order files live in {@code customers.csv}, never here.
 */
package dev.arbiter.customers;
