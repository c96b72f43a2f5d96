-- Statements of Backup, by name (Sql.of loads this file once).

-- name: snapshot
VACUUM INTO ?

-- name: problems
SELECT name FROM sqlite_master WHERE type = 'table'

-- name: integrity
PRAGMA integrity_check(3)
