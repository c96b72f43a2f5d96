-- Statements of LearnerEraser, by name (Sql.of loads this file once).

-- name: delete-learner
DELETE FROM learners WHERE id = ?

-- name: forget-current-learner
DELETE FROM app_settings WHERE key = ? AND value = ?

-- name: delete-learner-app-settings
DELETE FROM app_settings WHERE key GLOB ?
