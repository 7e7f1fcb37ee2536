/**
 * The picocli commands and the one place where the object graph is wired by hand. Parses, calls one thing, renders.
 */
package dev.arbiter.cli;
