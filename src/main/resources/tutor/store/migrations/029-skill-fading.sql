-- Migration 029: per learner and skill, the first study day on which its reviewed exercises are
-- fading (tutor.mastery.FadingDay), kept between starts: a goal's plan then reads a row per skill
-- instead of every card of the pack (0.2 s at 100,000 cards, at every start with a goal). A row is
-- dropped as soon as anything it was made from changes, by the triggers below, so that no writer
-- (a session, an import, an undo, doctor, a hand edit) can leave one that says what is no longer
-- true: a card (the skills of its exercise), an exercise or an exercise's skills (the whole pack).
-- What a row was made with (time zone, rollover hour, FSRS decay) is in `basis`, checked at each
-- read. fading_from is a day number of that basis; NULL: never.
CREATE TABLE skill_fading (
  pack_id     TEXT NOT NULL,
  skill_id    TEXT NOT NULL,
  learner_id  INTEGER NOT NULL REFERENCES learners(id) ON DELETE CASCADE,
  basis       TEXT NOT NULL,
  exercises   INTEGER NOT NULL,
  fading_from INTEGER,
  PRIMARY KEY (pack_id, skill_id, learner_id),
  FOREIGN KEY (pack_id, skill_id) REFERENCES skills(pack_id, id) ON DELETE CASCADE
);

CREATE TRIGGER skill_fading_card_added AFTER INSERT ON cards BEGIN
  DELETE FROM skill_fading WHERE pack_id = NEW.pack_id AND learner_id = NEW.learner_id
  AND skill_id IN (SELECT skill_id FROM exercise_skills
                   WHERE pack_id = NEW.pack_id AND exercise_id = NEW.exercise_id);
END;

CREATE TRIGGER skill_fading_card_changed AFTER UPDATE ON cards BEGIN
  DELETE FROM skill_fading WHERE pack_id = OLD.pack_id AND learner_id = OLD.learner_id
  AND skill_id IN (SELECT skill_id FROM exercise_skills
                   WHERE pack_id = OLD.pack_id AND exercise_id = OLD.exercise_id);
  DELETE FROM skill_fading WHERE pack_id = NEW.pack_id AND learner_id = NEW.learner_id
  AND skill_id IN (SELECT skill_id FROM exercise_skills
                   WHERE pack_id = NEW.pack_id AND exercise_id = NEW.exercise_id);
END;

CREATE TRIGGER skill_fading_card_removed AFTER DELETE ON cards BEGIN
  DELETE FROM skill_fading WHERE pack_id = OLD.pack_id AND learner_id = OLD.learner_id
  AND skill_id IN (SELECT skill_id FROM exercise_skills
                   WHERE pack_id = OLD.pack_id AND exercise_id = OLD.exercise_id);
END;

CREATE TRIGGER skill_fading_exercise_added AFTER INSERT ON exercises BEGIN
  DELETE FROM skill_fading WHERE pack_id = NEW.pack_id;
END;

CREATE TRIGGER skill_fading_exercise_changed AFTER UPDATE OF pack_id, id, retired ON exercises BEGIN
  DELETE FROM skill_fading WHERE pack_id = OLD.pack_id;
  DELETE FROM skill_fading WHERE pack_id = NEW.pack_id;
END;

CREATE TRIGGER skill_fading_exercise_removed AFTER DELETE ON exercises BEGIN
  DELETE FROM skill_fading WHERE pack_id = OLD.pack_id;
END;

CREATE TRIGGER skill_fading_exercise_skill_added AFTER INSERT ON exercise_skills BEGIN
  DELETE FROM skill_fading WHERE pack_id = NEW.pack_id;
END;

CREATE TRIGGER skill_fading_exercise_skill_changed AFTER UPDATE ON exercise_skills BEGIN
  DELETE FROM skill_fading WHERE pack_id = OLD.pack_id;
  DELETE FROM skill_fading WHERE pack_id = NEW.pack_id;
END;

CREATE TRIGGER skill_fading_exercise_skill_removed AFTER DELETE ON exercise_skills BEGIN
  DELETE FROM skill_fading WHERE pack_id = OLD.pack_id;
END;
