/**
 * The operating model: roles, decision rights, CEL guardrails, objectives, conditional budgets and visibility, loaded from operating-model.yaml with line and column on every error.
 */
package dev.arbiter.policy;
