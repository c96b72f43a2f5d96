-- Statements of Doctor, by name (Sql.of loads this file once).

-- name: integrity
PRAGMA integrity_check(100)

-- name: shape
SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name

-- name: schema-statements
SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND name NOT LIKE 'sqlite_%'
ORDER BY CASE type WHEN 'table' THEN 0 WHEN 'index' THEN 1 WHEN 'view' THEN 2 ELSE 3 END, rowid

-- name: indexes-and-triggers
SELECT type, name, tbl_name, sql FROM sqlite_master
WHERE type IN ('index', 'trigger') AND sql IS NOT NULL ORDER BY name

-- name: foreign-keys
PRAGMA foreign_key_check

-- name: repair
PRAGMA foreign_keys = ON

-- name: table-exists
SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?

-- name: lost-current-learner
-- The current learner setting (key SqliteStore.CURRENT_LEARNER) when it names nobody.
SELECT value FROM app_settings WHERE key = ? AND value NOT IN (SELECT name FROM learners)

-- Rows no foreign key covers that belong to nothing: counted, and the repair --fix runs.

-- name: count-lessons-of-no-skill
SELECT count(*) FROM lessons_seen
WHERE NOT EXISTS (SELECT 1 FROM skills s WHERE s.pack_id = lessons_seen.pack_id AND s.id = lessons_seen.skill_id)

-- name: delete-lessons-of-no-skill
DELETE FROM lessons_seen
WHERE NOT EXISTS (SELECT 1 FROM skills s WHERE s.pack_id = lessons_seen.pack_id AND s.id = lessons_seen.skill_id)

-- name: count-exercise-links-to-no-skill
SELECT count(*) FROM exercise_skills
WHERE NOT EXISTS (SELECT 1 FROM skills s WHERE s.pack_id = exercise_skills.pack_id AND s.id = exercise_skills.skill_id)

-- name: delete-exercise-links-to-no-skill
DELETE FROM exercise_skills
WHERE NOT EXISTS (SELECT 1 FROM skills s WHERE s.pack_id = exercise_skills.pack_id AND s.id = exercise_skills.skill_id)

-- name: count-requirements-of-no-skill
SELECT count(*) FROM skill_requires
WHERE NOT EXISTS (SELECT 1 FROM skills s WHERE s.pack_id = skill_requires.pack_id AND s.id = skill_requires.requires)

-- name: delete-requirements-of-no-skill
DELETE FROM skill_requires
WHERE NOT EXISTS (SELECT 1 FROM skills s WHERE s.pack_id = skill_requires.pack_id AND s.id = skill_requires.requires)

-- name: count-goals-of-no-pack
SELECT count(*) FROM goals WHERE pack_id NOT IN (SELECT id FROM packs)

-- name: delete-goals-of-no-pack
DELETE FROM goals WHERE pack_id NOT IN (SELECT id FROM packs)

-- Dates after now (a parameter): how many and the latest. Their repair moves them back to now; a
-- repair is SQL text in the report (run later by --fix, shown by --format json), so Doctor writes
-- the time into it in place of :now.

-- name: count-cards-reviewed-later
SELECT count(*), max(last_review) FROM cards WHERE last_review > ?

-- name: move-cards-reviewed-later
-- A card keeps its interval, counted from now.
UPDATE cards SET due = :now + max(0, due - last_review), last_review = :now WHERE last_review > :now

-- name: count-answers-later
SELECT count(*), max(reviewed_at) FROM reviews WHERE reviewed_at > ?

-- name: move-answers-later
UPDATE reviews SET reviewed_at = :now WHERE reviewed_at > :now

-- name: count-mastery-updated-later
SELECT count(*), max(max(updated_at), coalesce(first_right_at, 0)) FROM mastery
WHERE updated_at > ?1 OR first_right_at > ?1

-- name: move-mastery-updated-later
-- The first right answer's time too: left in the future, no later answer would ever be on
-- "another day" after it, and the skill could not be mastered until then.
UPDATE mastery SET updated_at = min(updated_at, :now),
  first_right_at = CASE WHEN first_right_at > :now THEN :now ELSE first_right_at END
WHERE updated_at > :now OR first_right_at > :now

-- name: count-lessons-seen-later
SELECT count(*), max(seen_at) FROM lessons_seen WHERE seen_at > ?

-- name: move-lessons-seen-later
UPDATE lessons_seen SET seen_at = :now WHERE seen_at > :now

-- name: streak-marks
SELECT learner, zone, rollover, through, through_end, days FROM streak_marks ORDER BY learner

-- name: delete-streak-mark
DELETE FROM streak_marks WHERE learner = :learner

-- name: cards-disagreeing
-- A card whose last answer is a study answer of the same moment holds the stability that answer
-- recorded (reviews.stability is the card's after it): anything else was changed outside tutor.
SELECT k.learner_id, k.pack_id, k.exercise_id, k.stability, r.stability
FROM cards k
JOIN reviews r ON r.id = (
  SELECT max(r2.id) FROM reviews r2
  WHERE r2.learner_id = k.learner_id AND r2.pack_id = k.pack_id AND r2.exercise_id = k.exercise_id
    AND r2.kind <> 'cram')
WHERE r.kind = 'study' AND r.reviewed_at = k.last_review AND r.stability IS NOT k.stability
LIMIT 20
