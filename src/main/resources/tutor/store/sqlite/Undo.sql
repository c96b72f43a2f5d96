-- Statements of Undo, by name (Sql.of loads this file once).

-- name: last-answer
SELECT id, pack_id, exercise_id, card_before, mastery_before,
reviewed_at, correct FROM reviews WHERE learner_id = ? AND kind <> 'anki' ORDER BY id DESC LIMIT 1

-- name: delete-answer
DELETE FROM reviews WHERE id = ?

-- name: delete-card
DELETE FROM cards WHERE learner_id = ? AND pack_id = ? AND exercise_id = ?

-- name: restore-card
UPDATE cards SET phase = ?, step = ?, stability = ?,
difficulty = ?, due = ?, last_review = ?, reps = ?, lapses = ?
WHERE learner_id = ? AND pack_id = ? AND exercise_id = ?

-- name: delete-mastery
DELETE FROM mastery WHERE learner_id = ? AND pack_id = ? AND skill_id = ?

-- name: restore-mastery
UPDATE mastery SET p_known = ?, attempts = ?, correct = ?, updated_at = ?
WHERE learner_id = ? AND pack_id = ? AND skill_id = ?

-- name: restore-mastery-with-evidence
UPDATE mastery SET p_known = ?, attempts = ?, correct = ?, updated_at = ?,
  first_right_exercise = ?, first_right_at = ?, another_exercise = ?, another_day = ?, placed = ?,
  opened = ?
WHERE learner_id = ? AND pack_id = ? AND skill_id = ?
