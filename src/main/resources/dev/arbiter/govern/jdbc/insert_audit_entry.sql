INSERT INTO audit_log (seq, at, actor, event, subject, detail, prev_hash, hash)
VALUES (?, ?, ?, ?, ?, ?, ?, ?)
