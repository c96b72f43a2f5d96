-- Statements of GoalStore, by name (Sql.of loads this file once).

-- name: add-goal
INSERT INTO goals(learner_id, pack_id, skills, deadline,
daily_minutes, daily_exercises, created_at, met_on) VALUES (?,?,?,?,?,?,?,?)

-- name: list-goals
SELECT id, pack_id, skills, deadline, daily_minutes,
daily_exercises, created_at, met_on FROM goals WHERE learner_id = ? ORDER BY id

-- name: mark-goal-met
-- Only the first time: the day a goal was met does not move when it is met again after fading.
UPDATE goals SET met_on = ? WHERE learner_id = ? AND id = ? AND met_on IS NULL

-- name: remove-goal
DELETE FROM goals WHERE learner_id = ? AND id = ?

-- name: count-recent-answers
SELECT count(*) FROM reviews WHERE learner_id = ?
AND pack_id = ? AND kind NOT IN ('cram', 'placement') AND reviewed_at >= ? AND reviewed_at < ?

-- name: first-answer-at
SELECT min(reviewed_at) FROM reviews WHERE learner_id = ?
AND pack_id = ? AND kind NOT IN ('cram', 'placement')

-- name: latest-answer-times
-- The newest timed answers first, placement left out (AnswerTimes). By time, not id, so that the
-- tally index (learner, time, ..., response time, ..., kind) answers it from its end: by id, a
-- learner's whole log was read and sorted (0.2 s of CPU at each start with a goal, 1,000,000 answers).
SELECT response_ms FROM reviews WHERE learner_id = ?
AND response_ms IS NOT NULL AND kind <> 'placement' ORDER BY reviewed_at DESC, id DESC LIMIT ?

-- name: review-load
-- The learner's cards of the pack, retired exercises left out by a list of them (few): joined
-- exercise by exercise, the pack's whole outline was read (0.06-0.1 s at a 100,000-card start).
SELECT coalesce(sum(1.0 / CASE WHEN k.stability < 1 THEN 1 ELSE k.stability END), 0)
FROM cards k
WHERE k.learner_id = ?1 AND k.pack_id = ?2 AND k.phase <> 'new'
AND k.exercise_id NOT IN (SELECT id FROM exercises WHERE retired = 1 AND pack_id = ?2)
