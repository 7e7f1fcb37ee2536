/**
 * Turning approved actions into effects: Sponsored Products bulksheets and purchase orders. Each approved action is executed once.
 */
package dev.arbiter.execute;
