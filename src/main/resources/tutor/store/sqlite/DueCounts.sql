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

-- name: next-due
SELECT k.due FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND k.due > ? AND k.due < ? AND NOT (k.phase = 'review' AND k.due < ?)
AND e.retired = 0 ORDER BY k.due LIMIT 1
