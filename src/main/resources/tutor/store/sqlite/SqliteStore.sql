-- Statements of SqliteStore, by name (Sql.of loads this file once).

-- name: learner-by-name
SELECT id, name, created_at FROM learners WHERE name = ?

-- name: add-learner
INSERT INTO learners(name, created_at) VALUES (?, ?)

-- name: learners
SELECT id, name, created_at FROM learners ORDER BY id

-- name: settings
SELECT key, value FROM learner_settings WHERE learner_id = ? ORDER BY key

-- name: set-setting
INSERT INTO learner_settings(learner_id, key, value) VALUES (?, ?, ?) ON CONFLICT(learner_id, key) DO UPDATE SET value = excluded.value

-- name: app-setting
SELECT value FROM app_settings WHERE key = ?

-- name: set-app-setting
INSERT INTO app_settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value

-- name: installed-version
SELECT version FROM packs WHERE id = ?

-- name: pack-changed
SELECT content_hash FROM packs WHERE id = ?

-- name: store-examples
UPDATE exercises SET examples = ? WHERE pack_id = ? AND id = ?

-- name: examples
SELECT id, examples FROM exercises
WHERE pack_id = ? AND retired = 0 AND examples IS NOT NULL ORDER BY position

-- name: upsert-pack
INSERT INTO packs(id, title, version, description, authors, license, language, format, source,
content_hash, installed_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(id) DO UPDATE SET title=excluded.title, version=excluded.version,
description=excluded.description, authors=excluded.authors, license=excluded.license,
language=excluded.language, format=excluded.format, source=excluded.source,
content_hash=excluded.content_hash, updated_at=excluded.updated_at

-- name: upsert-skill
INSERT INTO skills(pack_id, id, title, description, position, retired, body) VALUES (?,?,?,?,?,0,?)
ON CONFLICT(pack_id, id) DO UPDATE SET title=excluded.title,
description=excluded.description, position=excluded.position, retired=0, body=excluded.body

-- name: insert-skill-requires
INSERT INTO skill_requires(pack_id, skill_id, requires) VALUES (?,?,?)

-- name: replace-units
INSERT INTO units(pack_id, id, position, title, description, skill_ids) VALUES (?,?,?,?,?,?)

-- name: units
SELECT id, title, description, skill_ids FROM units WHERE pack_id = ? ORDER BY position

-- name: plan-exercises
SELECT id, key_hash, body FROM exercises WHERE pack_id = ? AND retired = 0

-- name: learners-with-cards
SELECT DISTINCT l.name, k.exercise_id FROM cards k
JOIN learners l ON l.id = k.learner_id WHERE k.pack_id = ?

-- name: upsert-exercise
INSERT INTO exercises(pack_id, id, type, difficulty, position, retired, body, key_hash, skill_ids,
options, correct_options) VALUES (?,?,?,?,?,0,?,?,?,?,?) ON CONFLICT(pack_id, id) DO UPDATE SET
type=excluded.type, difficulty=excluded.difficulty, position=excluded.position, retired=0,
body=excluded.body, key_hash=excluded.key_hash, skill_ids=excluded.skill_ids,
options=excluded.options, correct_options=excluded.correct_options

-- name: insert-exercise-skill
INSERT INTO exercise_skills(pack_id, exercise_id, skill_id) VALUES (?,?,?)

-- name: reset-card
DELETE FROM cards WHERE pack_id = ? AND exercise_id = ?

-- name: pack-titles
SELECT id, title FROM packs ORDER BY id

-- name: exercise
SELECT body FROM exercises WHERE pack_id = ? AND id = ?

-- name: read-skills
SELECT pack_id, body, position FROM skills WHERE retired = 0 ORDER BY pack_id, position

-- name: installed-exercises
SELECT pack_id, body, position FROM exercises WHERE retired = 0 ORDER BY pack_id, position

-- name: pack-outlines
SELECT id, outline FROM packs ORDER BY id

-- name: cards-by-pack
SELECT pack_id, group_concat(exercise_id || char(9) || phase
|| char(9) || step || char(9) || printf('%!.17g', stability) || char(9) || printf('%!.17g', difficulty)
|| char(9) || due || char(9) || ifnull(last_review, '') || char(9) || reps || char(9) || lapses, char(10))
FROM cards WHERE learner_id = ? GROUP BY pack_id

-- name: read-mastery
SELECT pack_id, skill_id, p_known, attempts, correct, first_right_exercise, first_right_at,
another_exercise, another_day, placed FROM mastery WHERE learner_id = ?

-- name: last-answer
SELECT pack_id, exercise_id, correct, disputed FROM reviews
WHERE learner_id = ? ORDER BY id DESC LIMIT 1

-- name: unflag-leech
DELETE FROM leeches WHERE learner_id = ? AND pack_id = ? AND exercise_id = ?

-- name: insert-review
INSERT INTO reviews(learner_id, pack_id, exercise_id, reviewed_at, kind, rating, correct,
response_ms, hints_used, answer, phase_before, elapsed_days, scheduled_days, stability,
difficulty, card_before, mastery_before, confidence, near_miss, shown, disputed)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)

-- name: upsert-card
INSERT INTO cards(learner_id, pack_id, exercise_id, phase, step, stability, difficulty, due,
last_review, reps, lapses) VALUES (?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(learner_id, pack_id, exercise_id) DO UPDATE SET phase=excluded.phase,
step=excluded.step, stability=excluded.stability, difficulty=excluded.difficulty,
due=excluded.due, last_review=excluded.last_review, reps=excluded.reps,
lapses=excluded.lapses

-- name: due-before
SELECT k.pack_id, k.exercise_id, k.phase, k.due, k.stability, k.last_review,
(SELECT s.title FROM exercise_skills es JOIN skills s ON s.pack_id = es.pack_id   AND s.id = es.skill_id WHERE es.pack_id = k.pack_id AND es.exercise_id = k.exercise_id   ORDER BY s.position LIMIT 1)
FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
WHERE k.learner_id = ? AND k.due < ? AND e.retired = 0 ORDER BY k.due, k.rowid LIMIT ?

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

-- name: last-answer-times
SELECT reviewed_at FROM reviews WHERE learner_id = ? ORDER BY id DESC LIMIT ?

-- name: lessons-seen
SELECT pack_id, skill_id FROM lessons_seen WHERE learner_id = ?

-- name: mark-lesson-seen
INSERT OR IGNORE INTO lessons_seen(learner_id, pack_id, skill_id, seen_at) VALUES (?,?,?,?)

-- name: leeches
SELECT pack_id, exercise_id, lapses, flagged_at, action,
suspended FROM leeches WHERE learner_id = ? ORDER BY pack_id, exercise_id

-- name: write-leech
INSERT INTO leeches(learner_id, pack_id, exercise_id, lapses,
flagged_at, action, suspended) VALUES (?,?,?,?,?,?,?) ON CONFLICT(learner_id, pack_id, exercise_id)
DO UPDATE SET lapses = excluded.lapses, flagged_at = excluded.flagged_at, action = excluded.action,
suspended = excluded.suspended

-- name: leech-learners
SELECT exercise_id, COUNT(*) FROM leeches WHERE pack_id = ?
GROUP BY exercise_id ORDER BY COUNT(*) DESC, exercise_id

-- name: review-log
-- The columns AnswerHistory.read takes, in its order.
SELECT pack_id, exercise_id, reviewed_at, kind, rating, correct, response_ms, hints_used, answer,
phase_before, confidence, shown, disputed FROM reviews
WHERE learner_id = ? AND kind <> 'cram' ORDER BY reviewed_at, id

-- name: save-fitted-parameters
INSERT INTO fsrs_parameters(learner_id, fitted_at, source, review_count, item_count, parameters,
log_loss_before, log_loss_after, rmse_before, rmse_after, adopted)
VALUES (?,?,?,?,?,?,?,?,?,?,?)

-- name: adopted-parameters
SELECT fitted_at, source, review_count, item_count, parameters, log_loss_before, log_loss_after,
rmse_before, rmse_after FROM fsrs_parameters WHERE learner_id = ? AND adopted = 1
ORDER BY fitted_at DESC, id DESC LIMIT 1

-- name: store-pack-outline
UPDATE packs SET outline = (SELECT group_concat(id || char(9) || position
|| char(9) || difficulty || char(9) || type || char(9) || options || char(9) || correct_options
|| char(9) || skill_ids, char(10) ORDER BY position) FROM exercises WHERE pack_id = packs.id AND retired = 0)
WHERE id = ?

-- name: retire-skills
UPDATE skills SET retired = 1 WHERE pack_id = ?

-- name: delete-skill-requires
DELETE FROM skill_requires WHERE pack_id = ?

-- name: delete-units
DELETE FROM units WHERE pack_id = ?

-- name: retire-exercises
UPDATE exercises SET retired = 1 WHERE pack_id = ?

-- name: delete-exercise-skills
DELETE FROM exercise_skills WHERE pack_id = ?

-- name: introduced-since
SELECT count(*) FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND phase_before = 'new'
AND kind <> 'cram'

-- name: reviewed-since
SELECT count(*) FROM reviews WHERE learner_id = ? AND reviewed_at >= ? AND phase_before <> 'new'
AND kind <> 'cram'

-- name: upsert-mastery
INSERT INTO mastery(learner_id, pack_id, skill_id, p_known, attempts, correct, updated_at,
first_right_exercise, first_right_at, another_exercise, another_day, placed)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(learner_id, pack_id, skill_id) DO UPDATE SET
p_known=excluded.p_known, attempts=excluded.attempts, correct=excluded.correct,
updated_at=excluded.updated_at, first_right_exercise=excluded.first_right_exercise,
first_right_at=excluded.first_right_at, another_exercise=excluded.another_exercise,
another_day=excluded.another_day, placed=excluded.placed

-- name: pack-summaries
-- Every installed pack with its live skills and exercises, the learner's cards of them and the
-- skills they mastered (learner, learner, the mastery threshold). Mastered, not only known: shown
-- on two study days, and on two exercises where the skill has two; counted from the skill's
-- exercises (index of migration 013), not from every exercise of the pack.
SELECT p.id, p.title, p.version, p.description, p.source, p.updated_at, p.authors, p.license, p.language,
  (SELECT count(*) FROM skills s WHERE s.pack_id = p.id AND s.retired = 0),
  (SELECT count(*) FROM exercises e WHERE e.pack_id = p.id AND e.retired = 0),
  (SELECT count(*) FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
    WHERE k.learner_id = ? AND k.pack_id = p.id AND e.retired = 0),
  (SELECT count(*) FROM mastery m JOIN skills s ON s.pack_id = m.pack_id AND s.id = m.skill_id
    WHERE m.learner_id = ? AND m.pack_id = p.id AND s.retired = 0 AND m.p_known >= ?
    AND m.another_day = 1 AND (m.another_exercise = 1 OR (SELECT count(*) FROM exercise_skills es
      CROSS JOIN exercises e ON e.pack_id = es.pack_id AND e.id = es.exercise_id
      WHERE es.pack_id = m.pack_id AND es.skill_id = m.skill_id AND e.retired = 0) < 2))
FROM packs p ORDER BY p.id

-- name: unsuspend-leeches
UPDATE leeches SET suspended = 0 WHERE learner_id = ? AND suspended = 1

-- name: unsuspend-leech
UPDATE leeches SET suspended = 0 WHERE learner_id = ? AND suspended = 1 AND pack_id = ? AND exercise_id = ?
