/**
 * Reading the reports Amazon gives a seller and an advertiser: knowing a report by its header, parsing cells by marketplace locale, checking rows, quarantining bad ones and loading each file whole or not at all.
 */
package dev.arbiter.ingest;
