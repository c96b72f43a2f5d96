-- Statements of ExerciseStats, by name (Sql.of loads this file once).

-- name: first-attempts-at-unseen
-- The installed (not retired) exercises only, each with its pack difficulty: what a session refines,
-- without reading every exercise to find them. Grouped first, then joined in that order (CROSS JOIN):
-- else SQLite goes through every installed exercise to look for its first attempts.
SELECT f.pack_id, f.exercise_id, f.attempts, f.right_ones, e.difficulty
FROM (SELECT pack_id, exercise_id, count(*) AS attempts, sum(correct) AS right_ones
  FROM reviews r INDEXED BY reviews_first_attempts WHERE phase_before = 'new' AND kind <> 'cram'
  AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.learner_id = ? AND c.pack_id = r.pack_id
  AND c.exercise_id = r.exercise_id) GROUP BY pack_id, exercise_id) f
CROSS JOIN exercises e ON e.pack_id = f.pack_id AND e.id = f.exercise_id WHERE e.retired = 0
