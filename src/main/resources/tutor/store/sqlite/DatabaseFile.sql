-- Statements of DatabaseFile, by name (Sql.of loads this file once).

-- name: application-id
-- Database.APPLICATION_ID in a tutor database.
PRAGMA application_id

-- name: user-version
-- The schema version: how many migrations ran.
PRAGMA user_version

-- name: journal-mode
PRAGMA journal_mode
