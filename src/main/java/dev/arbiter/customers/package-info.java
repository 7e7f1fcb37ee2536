/**
 * Customer profitability, cohorts and lifetime value.
 */
package dev.arbiter.customers;
