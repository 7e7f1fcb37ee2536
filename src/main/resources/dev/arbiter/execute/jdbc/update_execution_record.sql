UPDATE execution_record SET channel = ?, state = ?, detail = ?, attempts = attempts + ?, updated_at = ? WHERE action_id = ?
