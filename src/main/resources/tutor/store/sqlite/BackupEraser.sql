-- Statements of BackupEraser, by name (Sql.of loads this file once).

-- name: learner-id
SELECT id FROM learners WHERE name = ?

-- name: tables
SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\_%' ESCAPE '\' ORDER BY name

-- name: delete-learner
DELETE FROM learners WHERE id = ?

-- name: forget-current-learner
DELETE FROM app_settings WHERE key = ? AND value = ?

-- name: delete-learner-app-settings
DELETE FROM app_settings WHERE key GLOB ?

-- name: foreign-keys-on
PRAGMA foreign_keys = ON

-- name: secure-delete-on
PRAGMA secure_delete = ON

-- name: vacuum
VACUUM

-- name: snapshot
VACUUM INTO ?
