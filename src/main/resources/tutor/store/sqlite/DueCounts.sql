-- Statements of DueCounts, by name (Sql.of loads this file once).

-- name: any-retired
SELECT EXISTS (SELECT 1 FROM exercises e CROSS JOIN cards k
ON k.pack_id = e.pack_id AND k.exercise_id = e.id WHERE e.retired = 1 AND k.learner_id = ?)

-- name: list-due-now
SELECT k.pack_id, k.exercise_id, k.phase, k.due, k.stability, k.last_review,
(SELECT s.title FROM exercise_skills es JOIN skills s ON s.pack_id = es.pack_id   AND s.id = es.skill_id WHERE es.pack_id = k.pack_id AND es.exercise_id = k.exercise_id   ORDER BY s.position LIMIT 1)
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND k.due < ? AND (k.due <= ? OR k.phase = 'review') AND e.retired = 0
ORDER BY k.due, k.rowid LIMIT ?

-- name: list-due-before
-- Every card due before a time, soonest first (then in the order they were made).
SELECT k.pack_id, k.exercise_id, k.phase, k.due, k.stability, k.last_review,
(SELECT s.title FROM exercise_skills es JOIN skills s ON s.pack_id = es.pack_id   AND s.id = es.skill_id WHERE es.pack_id = k.pack_id AND es.exercise_id = k.exercise_id   ORDER BY s.position LIMIT 1)
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND k.due < ? AND e.retired = 0 ORDER BY k.due, k.rowid LIMIT ?

-- name: next-due
SELECT k.due FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND k.due > ? AND k.due < ? AND NOT (k.phase = 'review' AND k.due < ?)
AND e.retired = 0 ORDER BY k.due LIMIT 1

-- Cards due in [from, until): all of them, of one phase, of one pack, or both (a statement each, so
-- that each is a range of an index of migration 013). Parameters: learner, from, until, then the
-- phase and the pack where asked.

-- name: count-due
SELECT count(*) FROM cards k WHERE k.learner_id = ? AND k.due >= ? AND k.due < ?

-- name: count-due-of-phase
SELECT count(*) FROM cards k WHERE k.learner_id = ? AND k.due >= ? AND k.due < ? AND k.phase = ?

-- name: count-due-of-pack
SELECT count(*) FROM cards k WHERE k.learner_id = ? AND k.due >= ? AND k.due < ? AND k.pack_id = ?

-- name: count-due-of-phase-and-pack
SELECT count(*) FROM cards k WHERE k.learner_id = ? AND k.due >= ? AND k.due < ? AND k.phase = ?
  AND k.pack_id = ?

-- The same of retired exercises' cards. CROSS JOIN: from the retired exercises to their cards,
-- never the other way round.

-- name: count-retired-due
SELECT count(*) FROM exercises e CROSS JOIN cards k ON k.pack_id = e.pack_id AND k.exercise_id = e.id
WHERE e.retired = 1 AND k.learner_id = ? AND k.due >= ? AND k.due < ?

-- name: count-retired-due-of-phase
SELECT count(*) FROM exercises e CROSS JOIN cards k ON k.pack_id = e.pack_id AND k.exercise_id = e.id
WHERE e.retired = 1 AND k.learner_id = ? AND k.due >= ? AND k.due < ? AND k.phase = ?

-- name: count-retired-due-of-pack
SELECT count(*) FROM exercises e CROSS JOIN cards k ON k.pack_id = e.pack_id AND k.exercise_id = e.id
WHERE e.retired = 1 AND k.learner_id = ? AND k.due >= ? AND k.due < ? AND k.pack_id = ?

-- name: count-retired-due-of-phase-and-pack
SELECT count(*) FROM exercises e CROSS JOIN cards k ON k.pack_id = e.pack_id AND k.exercise_id = e.id
WHERE e.retired = 1 AND k.learner_id = ? AND k.due >= ? AND k.due < ? AND k.phase = ?
  AND k.pack_id = ?
