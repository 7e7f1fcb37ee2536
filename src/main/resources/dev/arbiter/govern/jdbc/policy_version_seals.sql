SELECT version, content, audit_seq
FROM policy_version
ORDER BY version
