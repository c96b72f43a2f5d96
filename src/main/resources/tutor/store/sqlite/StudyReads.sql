-- Statements of StudyReads, by name (Sql.of loads this file once).

-- name: exercise
SELECT body FROM exercises WHERE pack_id = ? AND id = ?

-- name: read-skills
SELECT pack_id, body, position FROM skills WHERE retired = 0 ORDER BY pack_id, position

-- name: installed-exercises
SELECT pack_id, body, position FROM exercises WHERE retired = 0 ORDER BY pack_id, position

-- name: cards-by-pack
SELECT pack_id, group_concat(exercise_id || char(9) || phase
|| char(9) || step || char(9) || printf('%!.17g', stability) || char(9) || printf('%!.17g', difficulty)
|| char(9) || due || char(9) || ifnull(last_review, '') || char(9) || reps || char(9) || lapses, char(10))
FROM cards WHERE learner_id = ? GROUP BY pack_id

-- name: read-mastery
SELECT pack_id, skill_id, p_known, attempts, correct, first_right_exercise, first_right_at,
another_exercise, another_day, placed, opened FROM mastery WHERE learner_id = ?

-- name: recent-answers
-- A skill's latest answers, newest first (cramming moves nothing: left out, as credentials do).
SELECT r.exercise_id, r.correct, r.hints_used FROM reviews r
WHERE r.learner_id = ? AND r.pack_id = ? AND r.kind <> 'cram'
  AND r.exercise_id IN (SELECT exercise_id FROM exercise_skills WHERE pack_id = ? AND skill_id = ?)
ORDER BY r.reviewed_at DESC, r.id DESC LIMIT ?

-- name: skill
SELECT body FROM skills WHERE pack_id = ? AND id = ?
