UPDATE ledger_action
SET status = ?, decided_by = ?, decided_role = ?, decided_at = ?, decision_comment = ?, last_audit_seq = ?
WHERE id = ? AND status = 'AWAITING'
