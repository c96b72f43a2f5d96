-- Statements of HistoryImport, by name (Sql.of loads this file once).

-- name: count-answers-in-pack
SELECT count(*) FROM reviews WHERE learner_id = ? AND pack_id = ?

-- name: insert-review
INSERT INTO reviews(learner_id, pack_id, exercise_id, reviewed_at, kind, rating, correct,
response_ms, hints_used, answer, phase_before, elapsed_days, scheduled_days, stability,
difficulty, card_before, mastery_before, shown, disputed)
VALUES (?,?,?,?,?,?,?,?,0,'',?,?,0,?,?,NULL,'{}',0,0)

-- name: upsert-card
INSERT INTO cards(learner_id, pack_id, exercise_id, phase, step, stability, difficulty, due,
last_review, reps, lapses) VALUES (?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(learner_id, pack_id, exercise_id) DO UPDATE SET phase=excluded.phase,
step=excluded.step, stability=excluded.stability, difficulty=excluded.difficulty,
due=excluded.due, last_review=excluded.last_review, reps=excluded.reps,
lapses=excluded.lapses
