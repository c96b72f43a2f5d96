-- Statements of SqliteBackups, by name (Sql.of loads this file once).

-- name: app-settings
SELECT key, value FROM app_settings WHERE substr(key, 1, length(?)) = ?
ORDER BY key
