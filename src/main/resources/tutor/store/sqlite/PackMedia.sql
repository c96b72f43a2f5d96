-- Statements of PackMedia, by name (Sql.of loads this file once).

-- name: delete-media
DELETE FROM pack_media WHERE pack_id = ?

-- name: insert-media
INSERT INTO pack_media(pack_id, path, content) VALUES (?,?,?)

-- name: load-media
SELECT path, content FROM pack_media WHERE pack_id = ? ORDER BY path
