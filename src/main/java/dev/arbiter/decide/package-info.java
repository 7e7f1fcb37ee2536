/**
 * Proposers: each turns economics into actions carrying a numeric rationale. Pure computation; never touches a store or a file.
 */
package dev.arbiter.decide;
