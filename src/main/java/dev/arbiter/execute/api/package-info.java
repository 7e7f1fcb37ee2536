/**
 * The Amazon Ads API v3 for Sponsored Products (formats doc, section D): Login with Amazon token refresh, profile
 * scoping, vendor media types, multi-status batches handled per item, bounded retries on throttling and server
 * errors. Credentials never appear in logs, errors or the audit.
 */
package dev.arbiter.execute.api;
