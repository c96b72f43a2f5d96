-- Statements of Learners, by name (Sql.of loads this file once).

-- name: learner-by-name
SELECT id, name, created_at FROM learners WHERE name = ?

-- name: add-learner
INSERT INTO learners(name, created_at) VALUES (?, ?)

-- name: learners
SELECT id, name, created_at FROM learners ORDER BY id
