-- Schema 1: learners, packs, skills, exercises, card states, the review log, mastery, settings.
-- Times are Unix epoch milliseconds (UTC).

CREATE TABLE app_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE learners (
  id         INTEGER PRIMARY KEY,
  name       TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);

CREATE TABLE learner_settings (
  learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  key        TEXT NOT NULL,
  value      TEXT NOT NULL,
  PRIMARY KEY (learner_id, key)
);

CREATE TABLE packs (
  id           TEXT PRIMARY KEY,
  title        TEXT NOT NULL,
  version      TEXT NOT NULL,
  description  TEXT NOT NULL,
  authors      TEXT NOT NULL,   -- JSON list
  license      TEXT NOT NULL,
  language     TEXT NOT NULL,
  format       INTEGER NOT NULL,
  source       TEXT NOT NULL,   -- where it was installed from
  content_hash TEXT NOT NULL,
  installed_at INTEGER NOT NULL,
  updated_at   INTEGER NOT NULL
);

CREATE TABLE skills (
  pack_id     TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
  id          TEXT NOT NULL,
  title       TEXT NOT NULL,
  description TEXT NOT NULL,
  position    INTEGER NOT NULL,  -- teaching order in the pack
  retired     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (pack_id, id)
);

CREATE TABLE skill_requires (
  pack_id  TEXT NOT NULL,
  skill_id TEXT NOT NULL,
  requires TEXT NOT NULL,
  PRIMARY KEY (pack_id, skill_id, requires),
  FOREIGN KEY (pack_id, skill_id) REFERENCES skills(pack_id, id) ON DELETE CASCADE
);

CREATE TABLE exercises (
  pack_id    TEXT NOT NULL REFERENCES packs(id) ON DELETE CASCADE,
  id         TEXT NOT NULL,
  type       TEXT NOT NULL,
  difficulty INTEGER NOT NULL,
  position   INTEGER NOT NULL,   -- order within the pack
  retired    INTEGER NOT NULL DEFAULT 0,  -- removed from the pack; history kept
  body       TEXT NOT NULL,      -- the exercise as JSON, so sessions never re-read YAML
  key_hash   TEXT NOT NULL,      -- hash of type + answer key, to notice a changed key
  PRIMARY KEY (pack_id, id)
);

CREATE TABLE exercise_skills (
  pack_id     TEXT NOT NULL,
  exercise_id TEXT NOT NULL,
  skill_id    TEXT NOT NULL,
  PRIMARY KEY (pack_id, exercise_id, skill_id),
  FOREIGN KEY (pack_id, exercise_id) REFERENCES exercises(pack_id, id) ON DELETE CASCADE
);

CREATE TABLE cards (
  learner_id  INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  pack_id     TEXT NOT NULL,
  exercise_id TEXT NOT NULL,
  phase       TEXT NOT NULL,     -- new, learning, review, relearning
  step        INTEGER NOT NULL,
  stability   REAL NOT NULL,
  difficulty  REAL NOT NULL,
  due         INTEGER NOT NULL,
  last_review INTEGER,
  reps        INTEGER NOT NULL,
  lapses      INTEGER NOT NULL,
  PRIMARY KEY (learner_id, pack_id, exercise_id),
  FOREIGN KEY (pack_id, exercise_id) REFERENCES exercises(pack_id, id) ON DELETE CASCADE
);
CREATE INDEX cards_due ON cards(learner_id, due);

CREATE TABLE reviews (
  id             INTEGER PRIMARY KEY,
  learner_id     INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  pack_id        TEXT NOT NULL,
  exercise_id    TEXT NOT NULL,
  reviewed_at    INTEGER NOT NULL,
  kind           TEXT NOT NULL,    -- study
  rating         INTEGER NOT NULL, -- 1 Again, 2 Hard, 3 Good, 4 Easy
  correct        INTEGER NOT NULL,
  response_ms    INTEGER,          -- null when unknown (piped input)
  hints_used     INTEGER NOT NULL,
  answer         TEXT NOT NULL,
  phase_before   TEXT NOT NULL,
  elapsed_days   INTEGER NOT NULL,
  scheduled_days INTEGER NOT NULL,
  stability      REAL NOT NULL,    -- after the review
  difficulty     REAL NOT NULL,
  card_before    TEXT,             -- JSON of the card state before, null if it was new (for undo)
  mastery_before TEXT NOT NULL,    -- JSON of the skills' mastery before (for undo)
  FOREIGN KEY (pack_id, exercise_id) REFERENCES exercises(pack_id, id) ON DELETE CASCADE
);
CREATE INDEX reviews_learner_time ON reviews(learner_id, reviewed_at);
CREATE INDEX reviews_exercise ON reviews(learner_id, pack_id, exercise_id);

CREATE TABLE mastery (
  learner_id INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  pack_id    TEXT NOT NULL,
  skill_id   TEXT NOT NULL,
  p_known    REAL NOT NULL,
  attempts   INTEGER NOT NULL,
  correct    INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (learner_id, pack_id, skill_id),
  FOREIGN KEY (pack_id, skill_id) REFERENCES skills(pack_id, id) ON DELETE CASCADE
);
