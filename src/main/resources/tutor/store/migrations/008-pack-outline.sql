-- Migration 008: each pack's exercise outlines (migration 007) in one text, made when the pack is
-- installed, so that a study session reads them in one go: a line per exercise in teaching order,
-- "id position difficulty type options correct_options skill_ids" separated by tabs. Reading
-- 50,000 rows value by value costs a quarter of a second; one text a few milliseconds.

ALTER TABLE packs ADD COLUMN outline TEXT;

UPDATE packs SET outline = (
  SELECT group_concat(id || char(9) || position || char(9) || difficulty || char(9) || type || char(9) || options
    || char(9) || correct_options || char(9) || skill_ids, char(10) ORDER BY position)
  FROM exercises WHERE pack_id = packs.id AND retired = 0);
