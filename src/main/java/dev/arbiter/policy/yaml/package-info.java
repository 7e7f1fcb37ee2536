/**
 * Reads operating-model.yaml with SnakeYAML's composed nodes, so every problem (unknown key, wrong type, unknown role
 * or action type, CEL error) carries the file's line and column. The only part of policy that touches files.
 */
package dev.arbiter.policy.yaml;
