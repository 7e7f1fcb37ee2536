UPDATE ledger_action
SET status = 'AWAITING', awaiting_role = ?, classification = ?, decided_by = NULL, decided_role = NULL, decided_at = NULL, decision_comment = NULL, last_audit_seq = ?
WHERE id = ? AND status IN ('AUTO_APPROVED', 'APPROVED')
