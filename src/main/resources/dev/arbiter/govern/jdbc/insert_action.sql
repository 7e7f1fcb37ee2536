INSERT INTO ledger_action (id, action_type, subject, description, basis_day, payload, rationale, classification, status, awaiting_role, proposed_at, proposed_seq, decided_by, decided_role, decided_at, decision_comment, executed_at, execution_detail, last_audit_seq)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL, NULL, NULL, NULL, NULL, ?)
ON CONFLICT (id) DO NOTHING
