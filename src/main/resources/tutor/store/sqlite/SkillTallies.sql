-- Statements of SkillTallies, by name (Sql.of loads this file once).

-- name: exercises-per-skill
SELECT es.pack_id, es.skill_id, count(*) FROM exercise_skills es
JOIN exercises e ON e.pack_id = es.pack_id AND e.id = es.exercise_id WHERE e.retired = 0
GROUP BY es.pack_id, es.skill_id

-- name: seen-cards
SELECT e.pack_id, e.skill_ids, k.phase, k.last_review, k.stability
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND e.retired = 0 ORDER BY e.pack_id, e.position, e.id

-- name: pack-tallies
-- Per skill of one pack: its live exercises, the learner's cards of them, and the recall of the
-- seen ones summed here (tutor_recall_units: the caller's scheduler, in exact units of 1e-8), so no
-- card row reaches Java; last,
-- the cards whose phase tutor never writes (refused in Java, as every other read of a card does).
-- Retired exercises are left out by a list of them (few, from the outline index), not by joining
-- each exercise to its row (which holds its stored JSON): 0.23 s of SQLite's CPU over a
-- 100,000-exercise pack, 0.07 s this way, at each start with a goal on it.
SELECT es.skill_id, count(*), count(k.exercise_id),
coalesce(sum(CASE WHEN k.phase <> 'new' THEN tutor_recall_units(k.last_review, k.stability) END), 0),
count(CASE WHEN k.phase <> 'new' THEN 1 END),
count(CASE WHEN k.phase NOT IN ('new', 'learning', 'review', 'relearning') THEN 1 END)
FROM exercise_skills es
LEFT JOIN cards k ON k.learner_id = ?1 AND k.pack_id = es.pack_id AND k.exercise_id = es.exercise_id
WHERE es.pack_id = ?2 AND es.exercise_id NOT IN (SELECT id FROM exercises WHERE retired = 1 AND pack_id = ?2)
GROUP BY es.skill_id

-- name: pack-unknown-phase
SELECT phase FROM cards WHERE learner_id = ?1 AND pack_id = ?2
AND phase NOT IN ('new', 'learning', 'review', 'relearning') LIMIT 1
