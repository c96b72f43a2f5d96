-- Statements of ExerciseStats, by name (Sql.of loads this file once).

-- name: first-attempts-at-unseen
-- The installed (not retired) exercises only, each with its pack difficulty: what a session refines,
-- without reading every exercise to find them.
SELECT r.pack_id, r.exercise_id, count(*), sum(r.correct), e.difficulty
FROM reviews r INDEXED BY reviews_first_attempts
JOIN exercises e ON e.pack_id = r.pack_id AND e.id = r.exercise_id
WHERE r.phase_before = 'new' AND r.kind <> 'cram' AND e.retired = 0
AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.learner_id = ? AND c.pack_id = r.pack_id
AND c.exercise_id = r.exercise_id) GROUP BY r.pack_id, r.exercise_id
