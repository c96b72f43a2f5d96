-- Migration 023: a learner's streak counted up to a past study day, kept so that the first line of
-- a session need not walk back through every study day of a long streak (one look per day: years
-- of daily study are a thousand looks, the heavy bench's history 28,000). Derived data: the
-- triggers drop a learner's mark whenever answers before its end change (undo, import, erase,
-- a repair), and the next session counts it again from the answers.
-- Its column is `learner`, not `learner_id`: the tables of a learner's data are found by that
-- name, to be exported and imported, and this is not data but a count of it (erased with the
-- learner by the foreign key).
CREATE TABLE streak_marks (
  learner     INTEGER PRIMARY KEY REFERENCES learners(id) ON DELETE CASCADE,
  zone        TEXT NOT NULL,    -- the study day it was counted in: zone and rollover hour
  rollover    INTEGER NOT NULL,
  through     TEXT NOT NULL,    -- the last study date counted (ISO), a past one
  through_end INTEGER NOT NULL, -- when that date ended (ms): answers before it are counted
  days        INTEGER NOT NULL  -- consecutive study days ending on that date (0: none on it)
);

CREATE TRIGGER streak_marks_answer_removed AFTER DELETE ON reviews BEGIN
  DELETE FROM streak_marks WHERE learner = OLD.learner_id;
END;

CREATE TRIGGER streak_marks_past_answer_added AFTER INSERT ON reviews
WHEN NEW.reviewed_at < (SELECT through_end FROM streak_marks WHERE learner = NEW.learner_id) BEGIN
  DELETE FROM streak_marks WHERE learner = NEW.learner_id;
END;

CREATE TRIGGER streak_marks_answer_moved AFTER UPDATE OF learner_id, reviewed_at ON reviews BEGIN
  DELETE FROM streak_marks WHERE learner IN (OLD.learner_id, NEW.learner_id);
END;
