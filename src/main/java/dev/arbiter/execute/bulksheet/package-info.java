/**
 * Amazon Ads bulksheets 2.0 for Sponsored Products (formats doc, section B): ad actions become upload rows of
 * the 26 template columns, written as XLSX for Amazon and CSV for review. Knows nothing of how actions were decided.
 */
package dev.arbiter.execute.bulksheet;
