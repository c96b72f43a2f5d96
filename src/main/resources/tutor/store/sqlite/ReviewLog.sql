-- Statements of ReviewLog, by name (Sql.of loads this file once).

-- name: since
SELECT reviewed_at, pack_id, phase_before, rating, response_ms FROM reviews WHERE learner_id = ?
AND reviewed_at >= ? AND (? IS NULL OR pack_id = ?) ORDER BY reviewed_at, id
