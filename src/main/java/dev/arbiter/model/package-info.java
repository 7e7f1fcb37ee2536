/**
 * Domain values every capability shares: money, marketplaces, identifiers, objectives, actions and their rationale. Records only; no I/O and no dependency on any other Arbiter package.
 */
package dev.arbiter.model;
