-- Statements of AnswerHistory, by name (Sql.of loads this file once). The columns are
-- those AnswerHistory.read takes, in its order.

-- name: of
SELECT pack_id, exercise_id, reviewed_at, kind, rating, correct, response_ms, hints_used, answer,
phase_before, confidence, shown, disputed FROM reviews WHERE learner_id = ? ORDER BY reviewed_at, id
