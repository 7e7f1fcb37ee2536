/**
 * Unit economics per SKU-day and per advertising target: contribution before and after ads, break-even ACoS, TACoS and target ACoS. Computes values from values; its jdbc sub-package reads the warehouse.
 */
package dev.arbiter.economics;
