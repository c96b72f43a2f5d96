-- Statements of LearnerEraser, by name (Sql.of loads this file once).

-- name: delete-learner
DELETE FROM learners WHERE id = ?

-- name: forget-current-learner
DELETE FROM app_settings WHERE key = ? AND value = ?

-- name: delete-learner-app-settings
DELETE FROM app_settings WHERE key GLOB ?

-- name: secure-delete-is
PRAGMA secure_delete

-- name: secure-delete-on
PRAGMA secure_delete = ON

-- name: secure-delete-off
PRAGMA secure_delete = OFF

-- name: checkpoint
PRAGMA wal_checkpoint(TRUNCATE)

-- name: busy-timeout-is
PRAGMA busy_timeout

-- name: busy-timeout-short
PRAGMA busy_timeout = 1000
