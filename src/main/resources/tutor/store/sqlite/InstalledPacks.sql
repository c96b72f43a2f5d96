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
-- Every installed pack with its live skills and exercises, the learner's cards of them and the
-- skills they mastered (learner, learner, the mastery threshold). Mastered, not only known: shown
-- on two study days, and on two exercises where the skill has two; counted from the skill's
-- exercises (index of migration 013), not from every exercise of the pack.
SELECT p.id, p.title, p.version, p.description, p.source, p.updated_at, p.authors, p.license, p.language,
  (SELECT count(*) FROM skills s WHERE s.pack_id = p.id AND s.retired = 0),
  (SELECT count(*) FROM exercises e WHERE e.pack_id = p.id AND e.retired = 0),
  (SELECT count(*) FROM cards k JOIN exercises e ON e.pack_id = k.pack_id AND e.id = k.exercise_id
    WHERE k.learner_id = ? AND k.pack_id = p.id AND e.retired = 0),
  (SELECT count(*) FROM mastery m JOIN skills s ON s.pack_id = m.pack_id AND s.id = m.skill_id
    WHERE m.learner_id = ? AND m.pack_id = p.id AND s.retired = 0 AND m.p_known >= ?
    AND m.another_day = 1 AND (m.another_exercise = 1 OR (SELECT count(*) FROM exercise_skills es
      CROSS JOIN exercises e ON e.pack_id = es.pack_id AND e.id = es.exercise_id
      WHERE es.pack_id = m.pack_id AND es.skill_id = m.skill_id AND e.retired = 0) < 2))
FROM packs p ORDER BY p.id

-- name: pack-titles
SELECT id, title FROM packs ORDER BY id
