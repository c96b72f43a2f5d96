-- Statements of Transactions, by name (Sql.of loads this file once).

-- name: begin-write
-- Takes the write lock now, not at the first write: a busy database is waited for before any work.
BEGIN IMMEDIATE

-- name: begin-read
BEGIN DEFERRED

-- name: commit
COMMIT

-- name: rollback
ROLLBACK
