-- Statements of AnswerRecorder, by name (Sql.of loads this file once).

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

-- name: upsert-mastery
INSERT INTO mastery(learner_id, pack_id, skill_id, p_known, attempts, correct, updated_at,
first_right_exercise, first_right_at, another_exercise, another_day, placed, opened)
VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(learner_id, pack_id, skill_id) DO UPDATE SET
p_known=excluded.p_known, attempts=excluded.attempts, correct=excluded.correct,
updated_at=excluded.updated_at, first_right_exercise=excluded.first_right_exercise,
first_right_at=excluded.first_right_at, another_exercise=excluded.another_exercise,
another_day=excluded.another_day, placed=excluded.placed, opened=excluded.opened
