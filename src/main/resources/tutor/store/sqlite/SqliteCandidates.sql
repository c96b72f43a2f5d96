-- Statements of SqliteCandidates, by name (Sql.of loads this file once).
--
-- Parameters shared by every statement that reads a scope (SqliteCandidates.bindScope): ?1 the
-- pack id or null, ?2 the skill id or null, ?3 the learner. Holes (Sql.fill), filled when a
-- statement runs: {phases}, the phases' names quoted ('learning', 'review'); {keys}, "(?, ?)" once
-- per excluded card; and when the class is loaded: {study-days-margin}.

-- fragment: columns
-- An exercise's outline columns, then its card's (all null when it has none).
e.pack_id, e.id, e.position, e.difficulty, e.type, e.options, e.correct_options, e.skill_ids,
k.phase, k.step, k.stability, k.difficulty, k.due, k.last_review, k.reps, k.lapses

-- fragment: in-scope
-- The scope's filters on an exercise e.
AND e.retired = 0 AND (?1 IS NULL OR e.pack_id = ?1) AND (?2 IS NULL OR EXISTS
(SELECT 1 FROM exercise_skills f WHERE f.pack_id = e.pack_id AND f.exercise_id = e.id
AND f.skill_id = ?2))

-- fragment: card-in-scope
-- The scope's filters on a card k without its exercise row; retired exercises left out (a card
-- always has its exercise: foreign key).
AND (?1 IS NULL OR k.pack_id = ?1) AND (?2 IS NULL OR EXISTS (SELECT 1 FROM exercise_skills f
WHERE f.pack_id = k.pack_id AND f.exercise_id = k.exercise_id AND f.skill_id = ?2))
AND (k.pack_id, k.exercise_id) NOT IN (SELECT pack_id, id FROM exercises WHERE retired = 1)

-- name: in-steps
-- ?4 due after (ms), ?5 the page's size less one. The last due time of the page from the cards'
-- index alone (migration 022; named, as SQLite 3.5x would walk every card by due time when there
-- are few in steps), then the page's rows with their exercises, in the order the picker takes
-- them.
SELECT {columns}
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ?3 AND k.phase IN ('learning', 'relearning') AND k.due > ?4 {in-scope}
AND k.due <= coalesce((SELECT k.due FROM cards k INDEXED BY cards_review_risk
  WHERE k.learner_id = ?3 AND k.phase IN ('learning', 'relearning') AND k.due > ?4 {card-in-scope}
  ORDER BY k.due LIMIT 1 OFFSET ?5), 9223372036854775807)
ORDER BY k.due, e.pack_id, e.position, e.id

-- name: reviews-at-risk
-- ?4 the instant in ms, ?5 due before (ms), ?6-?8 the row to go on after (null: the first), ?9 the
-- page's size; {study-days-margin} is StudyCandidates.STUDY_DAYS_MARGIN, put in when loaded.
-- The bound is worked out and sorted in SQL, on the cards' index alone (migration 022); only the
-- page's rows meet their cards' other columns and their exercises: a backlog of 50,000 reviews is
-- never read into the program, nor are its exercises' rows.
SELECT {columns}, p.risk FROM (
  SELECT * FROM (SELECT k.pack_id, k.exercise_id,
    CASE WHEN k.stability > 0
    THEN max(0.0, (?4 - k.last_review) / 86400000.0 + {study-days-margin}) / k.stability
    ELSE 1e300 END AS risk
    FROM cards k INDEXED BY cards_review_risk
    WHERE k.learner_id = ?3 AND k.phase = 'review' AND k.due < ?5 {card-in-scope})
  WHERE ?6 IS NULL OR risk < ?6 OR (risk = ?6 AND (pack_id > ?7 OR (pack_id = ?7 AND exercise_id > ?8)))
  ORDER BY risk DESC, pack_id, exercise_id LIMIT ?9
) p JOIN cards k ON k.learner_id = ?3 AND k.pack_id = p.pack_id AND k.exercise_id = p.exercise_id
JOIN exercises e ON e.pack_id = p.pack_id AND e.id = p.exercise_id
ORDER BY p.risk DESC, p.pack_id, p.exercise_id

-- name: with-skill
-- ?4 the skill's pack, ?5 its id. From the skill's index entries (CROSS JOIN keeps that order):
-- left to choose, SQLite walked the pack's whole outline in teaching order to spare sorting the
-- skill's 200 rows, 105,000 exercises looked up one by one (70 ms a skill; a pick of a due review
-- reads the skill it describes).
SELECT {columns}
FROM exercise_skills s CROSS JOIN exercises e ON e.pack_id = s.pack_id AND e.id = s.exercise_id
LEFT JOIN cards k ON k.learner_id = ?3 AND k.pack_id = e.pack_id AND k.exercise_id = e.id
WHERE s.pack_id = ?4 AND s.skill_id = ?5 {in-scope}
ORDER BY e.position, e.id

-- name: primary-skills
SELECT DISTINCT e.pack_id, substr(e.skill_ids, 1, instr(e.skill_ids || ' ', ' ') - 1)
FROM exercises e WHERE ?3 IS NOT NULL {in-scope}

-- name: card
-- ?4 the card's pack, ?5 its exercise; the scope is the learner alone (?1 and ?2 null).
SELECT {columns}
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ?3 AND k.pack_id = ?4 AND k.exercise_id = ?5 AND ?1 IS NULL AND ?2 IS NULL

-- name: reviews-due-between
SELECT count(*) FROM cards WHERE learner_id = ? AND phase = 'review' AND due >= ? AND due < ?

-- name: count-new
-- ?4 a skill's pack, ?5 its id: its exercises the learner has not seen. The learner's card is
-- looked up from the skill's index entry (NOT EXISTS on f, before the exercise's row is read): a
-- seen exercise costs one look, not its row.
SELECT e.pack_id, e.id, e.skill_ids FROM exercise_skills f CROSS JOIN exercises e
ON e.pack_id = f.pack_id AND e.id = f.exercise_id
WHERE f.pack_id = ?4 AND f.skill_id = ?5 AND NOT EXISTS (SELECT 1 FROM cards k
WHERE k.learner_id = ?3 AND k.pack_id = f.pack_id AND k.exercise_id = f.exercise_id
AND k.phase <> 'new') {in-scope}

-- name: last-review
-- The latest answer to any of the scope's seen cards, in review or in (re)learning steps (a learner
-- with only learning steps due got no "welcome back" after a break): the latest of each phase, read
-- back on cards_last_review (learner, phase, last_review), then the latest of the three.
SELECT max(t) FROM (
  SELECT * FROM (SELECT k.last_review AS t FROM cards k
    JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
    WHERE k.learner_id = ?3 AND k.phase = 'review' AND k.last_review IS NOT NULL {in-scope}
    ORDER BY k.last_review DESC LIMIT 1)
  UNION ALL
  SELECT * FROM (SELECT k.last_review AS t FROM cards k
    JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
    WHERE k.learner_id = ?3 AND k.phase = 'learning' AND k.last_review IS NOT NULL {in-scope}
    ORDER BY k.last_review DESC LIMIT 1)
  UNION ALL
  SELECT * FROM (SELECT k.last_review AS t FROM cards k
    JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
    WHERE k.learner_id = ?3 AND k.phase = 'relearning' AND k.last_review IS NOT NULL {in-scope}
    ORDER BY k.last_review DESC LIMIT 1))

-- Cards in {phases} due in [?4, ?5), of all packs or of the scope's pack (?1), with no skill in
-- the scope: counted on the cards' due indexes alone (the closing summary of 100,000 cards read
-- each card's exercise: half a second), less the cards of retired exercises (found from the
-- exercises' outline index), less the excluded ones in the count ({keys}, bound from ?6 on:
-- distinct keys, each looked up by its key). Every card has its exercise (a foreign key, deleted
-- with it), so only retirement takes a card out of the scope.

-- name: count-due
SELECT (SELECT count(*) FROM cards k WHERE k.learner_id = ?3 AND k.phase IN ({phases})
  AND k.due >= ?4 AND k.due < ?5)
- (SELECT count(*) FROM exercises e CROSS JOIN cards k ON k.learner_id = ?3
  AND k.pack_id = e.pack_id AND k.exercise_id = e.id WHERE e.retired = 1
  AND k.phase IN ({phases}) AND k.due >= ?4 AND k.due < ?5)

-- name: count-due-of-pack
SELECT (SELECT count(*) FROM cards k WHERE k.learner_id = ?3 AND k.phase IN ({phases})
  AND k.due >= ?4 AND k.due < ?5 AND k.pack_id = ?1)
- (SELECT count(*) FROM exercises e CROSS JOIN cards k ON k.learner_id = ?3
  AND k.pack_id = e.pack_id AND k.exercise_id = e.id WHERE e.retired = 1 AND e.pack_id = ?1
  AND k.phase IN ({phases}) AND k.due >= ?4 AND k.due < ?5)

-- name: count-due-excluding
SELECT (SELECT count(*) FROM cards k WHERE k.learner_id = ?3 AND k.phase IN ({phases})
  AND k.due >= ?4 AND k.due < ?5)
- (SELECT count(*) FROM exercises e CROSS JOIN cards k ON k.learner_id = ?3
  AND k.pack_id = e.pack_id AND k.exercise_id = e.id WHERE e.retired = 1
  AND k.phase IN ({phases}) AND k.due >= ?4 AND k.due < ?5)
- (SELECT count(*) FROM (VALUES {keys}) x CROSS JOIN cards k ON k.learner_id = ?3
  AND k.pack_id = x.column1 AND k.exercise_id = x.column2
  CROSS JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id WHERE e.retired = 0
  AND k.phase IN ({phases}) AND k.due >= ?4 AND k.due < ?5)

-- name: count-due-of-pack-excluding
SELECT (SELECT count(*) FROM cards k WHERE k.learner_id = ?3 AND k.phase IN ({phases})
  AND k.due >= ?4 AND k.due < ?5 AND k.pack_id = ?1)
- (SELECT count(*) FROM exercises e CROSS JOIN cards k ON k.learner_id = ?3
  AND k.pack_id = e.pack_id AND k.exercise_id = e.id WHERE e.retired = 1 AND e.pack_id = ?1
  AND k.phase IN ({phases}) AND k.due >= ?4 AND k.due < ?5)
- (SELECT count(*) FROM (VALUES {keys}) x CROSS JOIN cards k ON k.learner_id = ?3
  AND k.pack_id = x.column1 AND k.exercise_id = x.column2
  CROSS JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id WHERE e.retired = 0
  AND k.phase IN ({phases}) AND k.due >= ?4 AND k.due < ?5 AND k.pack_id = ?1)

-- The earliest due time at or after ?4 of one phase's cards (?6), of all packs or of the scope's
-- pack (?1), with no skill in the scope: in due order on the phase's index, up to the first in
-- scope (a card of a retired exercise or an excluded one is passed over: there are few of those,
-- not 100,000 to read). The index is named: SQLite 3.5x otherwise walks the (learner, due) index,
-- every card due after now (a second at 100,000 cards).

-- name: first-due
SELECT k.due, k.pack_id, k.exercise_id FROM cards k INDEXED BY cards_phase_due
WHERE k.learner_id = ?3 AND k.phase = ?6 AND k.due >= ?4 AND k.due < ?5
AND NOT EXISTS (SELECT 1 FROM exercises e WHERE e.pack_id = k.pack_id AND e.id = k.exercise_id
AND e.retired = 1) ORDER BY k.due

-- name: first-due-of-pack
SELECT k.due, k.pack_id, k.exercise_id FROM cards k INDEXED BY cards_pack_phase_due
WHERE k.learner_id = ?3 AND k.phase = ?6 AND k.due >= ?4 AND k.due < ?5 AND k.pack_id = ?1
AND NOT EXISTS (SELECT 1 FROM exercises e WHERE e.pack_id = k.pack_id AND e.id = k.exercise_id
AND e.retired = 1) ORDER BY k.due

-- With a skill in the scope, its exercises are found through exercise_skills: the scope's cards in
-- {phases} due in [?4, ?5), each joined to its exercise, counted or the first due time taken;
-- the excluded ones ({keys}, bound from ?6 on) left out by a row-value list (standard SQL, in
-- SQLite since 3.15).

-- fragment: joined
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ?3 AND k.due >= ?4 AND k.due < ?5 AND k.phase IN ({phases}) {in-scope}

-- name: count-joined
SELECT count(*) {joined}

-- name: count-joined-excluding
SELECT count(*) {joined} AND (k.pack_id, k.exercise_id) NOT IN (VALUES {keys})

-- name: first-due-joined
SELECT min(k.due) {joined}

-- name: first-due-joined-excluding
SELECT min(k.due) {joined} AND (k.pack_id, k.exercise_id) NOT IN (VALUES {keys})
