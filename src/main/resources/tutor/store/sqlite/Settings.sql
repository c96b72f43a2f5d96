-- Statements of Settings, by name (Sql.of loads this file once).

-- name: settings
SELECT key, value FROM learner_settings WHERE learner_id = ? ORDER BY key

-- name: set-setting
INSERT INTO learner_settings(learner_id, key, value) VALUES (?, ?, ?) ON CONFLICT(learner_id, key) DO UPDATE SET value = excluded.value

-- name: app-setting
SELECT value FROM app_settings WHERE key = ?

-- name: set-app-setting
INSERT INTO app_settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value
