-- Statements of Doctor, by name (Sql.of loads this file once).

-- name: integrity
PRAGMA integrity_check(100)

-- name: shape
SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name

-- name: foreign-keys
PRAGMA foreign_key_check

-- name: repair
PRAGMA foreign_keys = ON
