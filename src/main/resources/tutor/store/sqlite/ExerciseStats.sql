-- Statements of ExerciseStats, by name (Sql.of loads this file once).

-- name: first-attempts-at-unseen
SELECT pack_id, exercise_id, count(*), sum(correct)
FROM reviews r INDEXED BY reviews_first_attempts WHERE phase_before = 'new' AND kind <> 'cram'
AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.learner_id = ? AND c.pack_id = r.pack_id
AND c.exercise_id = r.exercise_id) GROUP BY pack_id, exercise_id
