-- Statements of Importer, by name (Sql.of loads this file once).

-- name: defer-foreign-keys
PRAGMA defer_foreign_keys = ON

-- name: insert-learner
INSERT INTO learners(name, created_at) VALUES (?, ?)

-- name: foreign-key-violations
PRAGMA foreign_key_check
