-- Statements of DueCounts, by name (Sql.of loads this file once).

-- name: any-retired
SELECT EXISTS (SELECT 1 FROM exercises e CROSS JOIN cards k
ON k.pack_id = e.pack_id AND k.exercise_id = e.id WHERE e.retired = 1 AND k.learner_id = ?)

-- name: any-suspended
SELECT EXISTS (SELECT 1 FROM leeches WHERE learner_id = ? AND suspended = 1)

-- The lists and the next due time leave out suspended leeches (looked up by the leeches' key).

-- name: list-due-now
SELECT k.pack_id, k.exercise_id, k.phase, k.due, k.stability, k.last_review,
(SELECT s.title FROM exercise_skills es JOIN skills s ON s.pack_id = es.pack_id   AND s.id = es.skill_id WHERE es.pack_id = k.pack_id AND es.exercise_id = k.exercise_id   ORDER BY s.position LIMIT 1)
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND k.due < ? AND (k.due <= ? OR k.phase = 'review') AND e.retired = 0
AND NOT EXISTS (SELECT 1 FROM leeches l WHERE l.learner_id = k.learner_id
  AND l.pack_id = k.pack_id AND l.exercise_id = k.exercise_id AND l.suspended = 1)
ORDER BY k.due, k.rowid LIMIT ?

-- name: list-due-before
-- Every card due before a time, soonest first (then in the order they were made).
SELECT k.pack_id, k.exercise_id, k.phase, k.due, k.stability, k.last_review,
(SELECT s.title FROM exercise_skills es JOIN skills s ON s.pack_id = es.pack_id   AND s.id = es.skill_id WHERE es.pack_id = k.pack_id AND es.exercise_id = k.exercise_id   ORDER BY s.position LIMIT 1)
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND k.due < ? AND e.retired = 0
AND NOT EXISTS (SELECT 1 FROM leeches l WHERE l.learner_id = k.learner_id
  AND l.pack_id = k.pack_id AND l.exercise_id = k.exercise_id AND l.suspended = 1)
ORDER BY k.due, k.rowid LIMIT ?

-- name: next-due
SELECT k.due FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND k.due > ? AND k.due < ? AND NOT (k.phase = 'review' AND k.due < ?)
AND e.retired = 0
AND NOT EXISTS (SELECT 1 FROM leeches l WHERE l.learner_id = k.learner_id
  AND l.pack_id = k.pack_id AND l.exercise_id = k.exercise_id AND l.suspended = 1)
ORDER BY k.due LIMIT 1

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

-- The same of suspended leeches' cards (of exercises not retired: those are counted above). CROSS
-- JOIN: from the leeches to their cards.

-- name: count-suspended-due
SELECT count(*) FROM leeches l CROSS JOIN cards k ON k.learner_id = l.learner_id
  AND k.pack_id = l.pack_id AND k.exercise_id = l.exercise_id
WHERE l.suspended = 1 AND l.learner_id = ? AND k.due >= ? AND k.due < ?
  AND NOT EXISTS (SELECT 1 FROM exercises e WHERE e.pack_id = k.pack_id AND e.id = k.exercise_id
  AND e.retired = 1)

-- name: count-suspended-due-of-phase
SELECT count(*) FROM leeches l CROSS JOIN cards k ON k.learner_id = l.learner_id
  AND k.pack_id = l.pack_id AND k.exercise_id = l.exercise_id
WHERE l.suspended = 1 AND l.learner_id = ? AND k.due >= ? AND k.due < ? AND k.phase = ?
  AND NOT EXISTS (SELECT 1 FROM exercises e WHERE e.pack_id = k.pack_id AND e.id = k.exercise_id
  AND e.retired = 1)

-- name: count-suspended-due-of-pack
SELECT count(*) FROM leeches l CROSS JOIN cards k ON k.learner_id = l.learner_id
  AND k.pack_id = l.pack_id AND k.exercise_id = l.exercise_id
WHERE l.suspended = 1 AND l.learner_id = ? AND k.due >= ? AND k.due < ? AND k.pack_id = ?
  AND NOT EXISTS (SELECT 1 FROM exercises e WHERE e.pack_id = k.pack_id AND e.id = k.exercise_id
  AND e.retired = 1)

-- name: count-suspended-due-of-phase-and-pack
SELECT count(*) FROM leeches l CROSS JOIN cards k ON k.learner_id = l.learner_id
  AND k.pack_id = l.pack_id AND k.exercise_id = l.exercise_id
WHERE l.suspended = 1 AND l.learner_id = ? AND k.due >= ? AND k.due < ? AND k.phase = ?
  AND k.pack_id = ?
  AND NOT EXISTS (SELECT 1 FROM exercises e WHERE e.pack_id = k.pack_id AND e.id = k.exercise_id
  AND e.retired = 1)
