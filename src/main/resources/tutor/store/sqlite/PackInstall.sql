-- Statements of PackInstall, by name (Sql.of loads this file once).

-- name: store-examples
UPDATE exercises SET examples = ? WHERE pack_id = ? AND id = ?

-- name: store-pack-outline
UPDATE packs SET outline = (SELECT group_concat(id || char(9) || position
|| char(9) || difficulty || char(9) || type || char(9) || options || char(9) || correct_options
|| char(9) || skill_ids, char(10) ORDER BY position) FROM exercises WHERE pack_id = packs.id AND retired = 0)
WHERE id = ?

-- name: upsert-pack
INSERT INTO packs(id, title, version, description, authors, license, language, format, source,
content_hash, installed_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)
ON CONFLICT(id) DO UPDATE SET title=excluded.title, version=excluded.version,
description=excluded.description, authors=excluded.authors, license=excluded.license,
language=excluded.language, format=excluded.format, source=excluded.source,
content_hash=excluded.content_hash, updated_at=excluded.updated_at

-- name: retire-skills
UPDATE skills SET retired = 1 WHERE pack_id = ?

-- name: delete-skill-requires
DELETE FROM skill_requires WHERE pack_id = ?

-- name: upsert-skill
INSERT INTO skills(pack_id, id, title, description, position, retired, body) VALUES (?,?,?,?,?,0,?)
ON CONFLICT(pack_id, id) DO UPDATE SET title=excluded.title,
description=excluded.description, position=excluded.position, retired=0, body=excluded.body

-- name: insert-skill-requires
INSERT INTO skill_requires(pack_id, skill_id, requires) VALUES (?,?,?)

-- name: delete-units
DELETE FROM units WHERE pack_id = ?

-- name: replace-units
INSERT INTO units(pack_id, id, position, title, description, skill_ids) VALUES (?,?,?,?,?,?)

-- name: plan-exercises
SELECT id, key_hash, body, retired FROM exercises WHERE pack_id = ?

-- name: learners-with-cards
SELECT DISTINCT l.name, k.exercise_id FROM cards k
JOIN learners l ON l.id = k.learner_id WHERE k.pack_id = ?

-- name: retire-exercises
UPDATE exercises SET retired = 1 WHERE pack_id = ?

-- name: delete-exercise-skills
DELETE FROM exercise_skills WHERE pack_id = ?

-- name: upsert-exercise
INSERT INTO exercises(pack_id, id, type, difficulty, position, retired, body, key_hash, skill_ids,
options, correct_options) VALUES (?,?,?,?,?,0,?,?,?,?,?) ON CONFLICT(pack_id, id) DO UPDATE SET
type=excluded.type, difficulty=excluded.difficulty, position=excluded.position, retired=0,
body=excluded.body, key_hash=excluded.key_hash, skill_ids=excluded.skill_ids,
options=excluded.options, correct_options=excluded.correct_options

-- name: insert-exercise-skill
INSERT INTO exercise_skills(pack_id, exercise_id, skill_id) VALUES (?,?,?)

-- name: reset-card
DELETE FROM cards WHERE pack_id = ? AND exercise_id = ?
