SELECT COALESCE(MAX(seq), 0)
FROM (
    SELECT last_audit_seq AS seq FROM ledger_action
    UNION ALL
    SELECT audit_seq AS seq FROM policy_version
) referenced
