/**
 * Classification of every action against decision rights and guardrails, approvals, the hash-chained audit log and the ledger that keeps them (jdbc sub-package).
 */
package dev.arbiter.govern;
