-- Each skill's mastery against the answer log (doctor).

-- name: mastery-rows
SELECT learner_id, pack_id, skill_id, p_known, attempts, correct, updated_at,
  first_right_exercise, first_right_at, another_exercise, another_day, placed
FROM mastery ORDER BY learner_id, pack_id, skill_id

-- name: mastery-rows-of
SELECT learner_id, pack_id, skill_id, p_known, attempts, correct, updated_at,
  first_right_exercise, first_right_at, another_exercise, another_day, placed
FROM mastery WHERE learner_id = ? AND pack_id = ? ORDER BY skill_id

-- name: mastery-rows-of-learner
SELECT learner_id, pack_id, skill_id, p_known, attempts, correct, updated_at,
  first_right_exercise, first_right_at, another_exercise, another_day, placed
FROM mastery WHERE learner_id = ? ORDER BY pack_id, skill_id

-- name: answers-newest-first
-- The answers that moved mastery, the last first; the last column is when the pack was updated
-- after its installation (0 if never): an answer before that may have had other parameters.
-- Read backwards along the rowid (the unary + keeps the learner index out), so that it stops as
-- soon as every skill has its last answer, instead of sorting all of a learner's answers first.
SELECT r.id, r.pack_id, r.exercise_id, r.reviewed_at, r.correct, r.hints_used, r.card_before,
  r.mastery_before, CASE WHEN p.updated_at > p.installed_at THEN p.updated_at ELSE 0 END
FROM reviews r LEFT JOIN packs p ON p.id = r.pack_id
WHERE +r.learner_id = ? AND r.kind <> 'cram' ORDER BY r.id DESC

-- name: skill-answered
SELECT 1 FROM reviews r JOIN exercise_skills es ON es.pack_id = r.pack_id
  AND es.exercise_id = r.exercise_id
WHERE r.learner_id = ? AND es.pack_id = ? AND es.skill_id = ? LIMIT 1

-- name: settings
SELECT key, value FROM learner_settings WHERE learner_id = ?

-- name: live-skill-body
SELECT body FROM skills WHERE pack_id = ? AND id = ? AND retired = 0

-- name: exercise-body
SELECT body FROM exercises WHERE pack_id = ? AND id = ?
