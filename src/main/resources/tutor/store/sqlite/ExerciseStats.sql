-- Statements of ExerciseStats, by name (Sql.of loads this file once).

-- name: first-attempts-at-unseen
-- One exercise (?2 pack, ?3 id), installed and not retired, that learner ?1 has no card for: its
-- first attempts by anyone (cramming left out), how many were right, its pack difficulty.
SELECT count(*), sum(r.correct), e.difficulty
FROM exercises e CROSS JOIN reviews r INDEXED BY reviews_first_attempts
WHERE e.pack_id = ?2 AND e.id = ?3 AND e.retired = 0
AND r.pack_id = e.pack_id AND r.exercise_id = e.id AND r.phase_before = 'new' AND r.kind <> 'cram'
AND NOT EXISTS (SELECT 1 FROM cards c WHERE c.learner_id = ?1 AND c.pack_id = ?2 AND c.exercise_id = ?3)
