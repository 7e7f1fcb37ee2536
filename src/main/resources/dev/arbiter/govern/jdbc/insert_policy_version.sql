INSERT INTO policy_version (version, applied_at, author, author_role, reason, changes, diff, content, audit_seq)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
