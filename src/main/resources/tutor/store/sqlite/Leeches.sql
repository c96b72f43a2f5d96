-- Statements of Leeches, by name (Sql.of loads this file once).

-- name: leeches
SELECT pack_id, exercise_id, lapses, flagged_at, action,
suspended FROM leeches WHERE learner_id = ? ORDER BY pack_id, exercise_id

-- name: write-leech
INSERT INTO leeches(learner_id, pack_id, exercise_id, lapses,
flagged_at, action, suspended) VALUES (?,?,?,?,?,?,?) ON CONFLICT(learner_id, pack_id, exercise_id)
DO UPDATE SET lapses = excluded.lapses, flagged_at = excluded.flagged_at, action = excluded.action,
suspended = excluded.suspended

-- name: unsuspend-leech
UPDATE leeches SET suspended = 0 WHERE learner_id = ? AND suspended = 1 AND pack_id = ? AND exercise_id = ?

-- name: unsuspend-leeches
UPDATE leeches SET suspended = 0 WHERE learner_id = ? AND suspended = 1

-- name: leech-learners
SELECT exercise_id, COUNT(*) FROM leeches WHERE pack_id = ?
GROUP BY exercise_id ORDER BY COUNT(*) DESC, exercise_id
