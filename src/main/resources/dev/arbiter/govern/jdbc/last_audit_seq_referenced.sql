SELECT COALESCE(MAX(last_audit_seq), 0)
FROM ledger_action
