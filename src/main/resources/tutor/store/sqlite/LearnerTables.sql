-- Statements of LearnerTables, by name (Sql.of loads this file once).

-- name: names
SELECT name FROM sqlite_master WHERE type = 'table'
AND name NOT LIKE 'sqlite_%' ORDER BY rowid

-- name: columns
SELECT name, type, "notnull", pk FROM pragma_table_info(?)

-- name: references
SELECT "from", "table", "to" FROM pragma_foreign_key_list(?)
