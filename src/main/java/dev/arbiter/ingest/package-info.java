/**
 * Reading the reports Amazon gives a seller and an advertiser: knowing a report by its header, parsing cells by
 * marketplace locale, checking rows, quarantining bad ones and loading each file whole or not at all.
 *
 * <p>{@link dev.arbiter.ingest.Ingestor} is the door. A file becomes tables ({@code DelimitedSource},
 * {@code WorkbookSource}); {@code Detection} binds each table's header to a {@code ReportLayout} (one per report kind
 * and shape, declared in {@code AdvertisingReports}, {@code SellerReports}, {@code BulksheetReports},
 * {@code OwnReports}); {@code RowReader} turns rows into typed values; {@code Stage} appends them to a staging table
 * and merges them by natural key ({@code replace_<table>.sql}). Writes only through the warehouse connection.
 */
package dev.arbiter.ingest;
