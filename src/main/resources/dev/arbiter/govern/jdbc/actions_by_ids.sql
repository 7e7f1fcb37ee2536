-- The actions of a batch in one look-up. ${ids} is a list of ? placeholders written by code, one per id, each id
-- bound as a parameter.
SELECT id, action_type, subject, description, basis_day, payload, rationale, classification, status, awaiting_role, proposed_at, proposed_seq, decided_by, decided_role, decided_at, decision_comment, executed_at, execution_detail, last_audit_seq
FROM ledger_action
WHERE id IN (${ids})
