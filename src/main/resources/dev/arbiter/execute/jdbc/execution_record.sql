SELECT channel, state, detail, attempts, updated_at FROM execution_record WHERE action_id = ?
