-- Statements of GoalStore, by name (Sql.of loads this file once).

-- name: add-goal
INSERT INTO goals(learner_id, pack_id, skills, deadline,
daily_minutes, daily_exercises, created_at) VALUES (?,?,?,?,?,?,?)

-- name: list-goals
SELECT id, pack_id, skills, deadline, daily_minutes,
daily_exercises, created_at FROM goals WHERE learner_id = ? ORDER BY id

-- name: remove-goal
DELETE FROM goals WHERE learner_id = ? AND id = ?

-- name: count-recent-answers
SELECT count(*) FROM reviews WHERE learner_id = ?
AND pack_id = ? AND kind NOT IN ('cram', 'placement') AND reviewed_at >= ? AND reviewed_at < ?

-- name: first-answer-at
SELECT min(reviewed_at) FROM reviews WHERE learner_id = ?
AND pack_id = ? AND kind NOT IN ('cram', 'placement')

-- name: recent-median-seconds
SELECT response_ms FROM reviews WHERE learner_id = ?
AND response_ms IS NOT NULL ORDER BY id DESC LIMIT ?

-- name: median-seconds-per-exercise
SELECT response_ms FROM reviews WHERE learner_id = ?
AND response_ms IS NOT NULL ORDER BY response_ms
