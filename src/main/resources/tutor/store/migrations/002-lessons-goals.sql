-- Schema 2: what teaches a skill (lesson, worked examples, resources, BKT parameters), which
-- lessons a learner has seen, and learners' goals.

ALTER TABLE skills ADD COLUMN body TEXT NOT NULL DEFAULT '{}';  -- JSON: the whole skill as the pack gave it

UPDATE skills SET body = json_object(
  'id', id, 'title', title, 'description', description,
  'requires', (SELECT json_group_array(r.requires) FROM skill_requires r
               WHERE r.pack_id = skills.pack_id AND r.skill_id = skills.id),
  'lesson', '', 'workedExamples', json('[]'), 'resources', json('[]'), 'bkt', NULL);

CREATE TABLE lessons_seen (
  learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  pack_id    TEXT NOT NULL,
  skill_id   TEXT NOT NULL,
  seen_at    INTEGER NOT NULL,
  PRIMARY KEY (learner_id, pack_id, skill_id)
);

CREATE TABLE goals (
  id              INTEGER PRIMARY KEY,
  learner_id      INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  pack_id         TEXT NOT NULL,
  skills          TEXT NOT NULL,   -- JSON list of target skill ids; empty = the whole pack
  deadline        TEXT,            -- ISO date, or null
  daily_minutes   INTEGER,         -- or null
  daily_exercises INTEGER,         -- or null
  created_at      INTEGER NOT NULL
);
CREATE INDEX goals_learner ON goals(learner_id);
