-- Statements of FittedParametersStore, by name (Sql.of loads this file once).

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
