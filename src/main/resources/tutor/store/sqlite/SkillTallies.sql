-- Statements of SkillTallies, by name (Sql.of loads this file once).

-- name: exercises-per-skill
SELECT es.pack_id, es.skill_id, count(*) FROM exercise_skills es
JOIN exercises e ON e.pack_id = es.pack_id AND e.id = es.exercise_id WHERE e.retired = 0
GROUP BY es.pack_id, es.skill_id

-- name: seen-cards-per-pack
SELECT e.pack_id, group_concat(e.skill_ids || char(9) || k.phase
|| char(9) || ifnull(k.last_review, '') || char(9) || printf('%!.17g', k.stability), char(10)
ORDER BY e.position, e.id)
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND e.retired = 0 GROUP BY e.pack_id ORDER BY e.pack_id
