INSERT INTO execution_record (action_id, channel, state, detail, attempts, updated_at) VALUES (?, ?, ?, ?, 1, ?)
