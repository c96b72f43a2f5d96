-- Statements of SkillTallies, by name (Sql.of loads this file once).

-- name: exercises-per-skill
SELECT es.pack_id, es.skill_id, count(*) FROM exercise_skills es
JOIN exercises e ON e.pack_id = es.pack_id AND e.id = es.exercise_id WHERE e.retired = 0
GROUP BY es.pack_id, es.skill_id

-- name: seen-cards
SELECT e.pack_id, e.skill_ids, k.phase, k.last_review, k.stability
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND e.retired = 0 ORDER BY e.pack_id, e.position, e.id
