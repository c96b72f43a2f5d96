-- Migration 012: leeches (docs/mastery.md, "Leeches"). An exercise whose card has lapsed (been
-- forgotten after it was learned) leech-threshold times is a leech: the learner is told, and it is
-- suspended or re-taught, as they choose. One row per leech and learner: the lapses it had when
-- last flagged, what was done, and whether it is suspended now (suspended ones are left out of
-- study until `tutor leeches unsuspend`).

CREATE TABLE leeches (
  learner_id  INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  pack_id     TEXT NOT NULL,
  exercise_id TEXT NOT NULL,
  lapses      INTEGER NOT NULL,
  flagged_at  INTEGER NOT NULL,
  action      TEXT NOT NULL CHECK (action IN ('suspend', 'reteach')),
  suspended   INTEGER NOT NULL CHECK (suspended IN (0, 1)),
  PRIMARY KEY (learner_id, pack_id, exercise_id),
  FOREIGN KEY (pack_id, exercise_id) REFERENCES exercises(pack_id, id) ON DELETE CASCADE
);
