-- Statements of SqliteStore, by name (Sql.of loads this file once).

-- name: pack-outlines
SELECT id, outline FROM packs ORDER BY id
