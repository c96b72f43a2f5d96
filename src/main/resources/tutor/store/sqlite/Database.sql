-- Statements of Database, by name (Sql.of loads this file once). The pragmas whose value is a
-- constant or a number of the code (busy_timeout, application_id, user_version) are written in
-- Database.java: a pragma takes no bound parameter.

-- name: enforce-foreign-keys
PRAGMA foreign_keys = ON

-- name: write-ahead-log
PRAGMA journal_mode = WAL

-- name: sync-normal
PRAGMA synchronous = NORMAL

-- name: count-schema-objects
SELECT count(*) FROM sqlite_master
