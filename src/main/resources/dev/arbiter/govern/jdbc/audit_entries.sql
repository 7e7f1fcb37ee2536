SELECT seq, at, actor, event, subject, detail, prev_hash, hash
FROM audit_log
ORDER BY seq
