-- Statements of InstalledPacks, by name (Sql.of loads this file once).

-- name: installed-version
SELECT version FROM packs WHERE id = ?

-- name: pack-changed
SELECT content_hash FROM packs WHERE id = ?

-- name: examples
SELECT id, examples FROM exercises
WHERE pack_id = ? AND retired = 0 AND examples IS NOT NULL ORDER BY position

-- name: units
SELECT id, title, description, skill_ids FROM units WHERE pack_id = ? ORDER BY position

-- name: pack-summaries
-- Every installed pack with its live skills and exercises and the learner's cards of them
-- (learner). Skills mastered are counted from the levels (PackCommand), not here: SQL cannot weigh
-- the answers against guessing (tutor.mastery.Chance), and a second rule would disagree with stats.
SELECT p.id, p.title, p.version, p.description, p.source, p.updated_at, p.authors, p.license, p.language,
  (SELECT count(*) FROM skills s WHERE s.pack_id = p.id AND s.retired = 0),
  (SELECT count(*) FROM exercises e WHERE e.pack_id = p.id AND e.retired = 0),
  (SELECT count(*) FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
    WHERE k.learner_id = ? AND k.pack_id = p.id AND e.retired = 0)
FROM packs p ORDER BY p.id

-- name: pack-titles
SELECT id, title FROM packs ORDER BY id
