-- Statements of Restore, by name (Sql.of loads this file once).

-- name: learner-names
SELECT id, name FROM learners
