-- Statements of SkillFadings, by name (Sql.of loads this file once).

-- name: kept
-- Every skill of the pack, with its kept row if there is one.
SELECT s.id, f.basis, f.exercises, f.fading_from FROM skills s
LEFT JOIN skill_fading f ON f.pack_id = s.pack_id AND f.skill_id = s.id AND f.learner_id = ?1
WHERE s.pack_id = ?2

-- name: cards-of-skills
-- The skills' live exercises (retired ones left out, as pack-tallies does) with the learner's card
-- of each, if any; the skills as a JSON array, each row's by its place in it; the card's phase as
-- 0 none, 1 new, 2 seen, 3 one tutor never writes. CROSS JOIN: the list first (SQLite's planner
-- otherwise scanned the list once per exercise of the pack: 3.5 s).
SELECT s.key, CASE WHEN k.phase IS NULL THEN 0 WHEN k.phase = 'new' THEN 1
WHEN k.phase IN ('learning', 'review', 'relearning') THEN 2 ELSE 3 END, k.last_review, k.stability
FROM json_each(?3) s
CROSS JOIN exercise_skills es ON es.pack_id = ?2 AND es.skill_id = s.value
LEFT JOIN cards k ON k.learner_id = ?1 AND k.pack_id = es.pack_id AND k.exercise_id = es.exercise_id
WHERE es.exercise_id NOT IN (SELECT id FROM exercises WHERE retired = 1 AND pack_id = ?2)

-- name: unknown-phase
SELECT phase FROM cards WHERE learner_id = ?1 AND pack_id = ?2
AND phase NOT IN ('new', 'learning', 'review', 'relearning') LIMIT 1

-- name: keep
INSERT OR REPLACE INTO skill_fading (pack_id, skill_id, learner_id, basis, exercises, fading_from)
VALUES (?, ?, ?, ?, ?, ?)

-- name: all-kept
-- Every kept day, for doctor's check.
SELECT learner_id, pack_id, skill_id, basis, exercises, fading_from FROM skill_fading
ORDER BY learner_id, pack_id, basis, skill_id

-- name: drop-learner
-- Doctor's repair: a learner's fading days, made again at their next start.
DELETE FROM skill_fading WHERE learner_id = :learner
