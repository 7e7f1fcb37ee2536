UPDATE ledger_action
SET status = 'EXECUTED', executed_at = ?, execution_detail = ?, last_audit_seq = ?
WHERE id = ? AND status IN ('AUTO_APPROVED', 'APPROVED')
