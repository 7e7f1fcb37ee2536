SELECT version, applied_at, author, author_role, reason, changes, diff, content
FROM policy_version
ORDER BY version
