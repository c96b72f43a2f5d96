-- Migration 011: the evidence behind "mastered" (docs/mastery.md). Per learner and skill: the first
-- right answer without hints (which exercise, when), whether another exercise and another study day
-- have had one since, and whether placement inferred the skill known without asking it.
-- Filled from the review log for what was answered before; study days there are UTC days rolling
-- over at 4 am (the learner's time zone is a setting, out of reach of SQL).

ALTER TABLE mastery ADD COLUMN first_right_exercise TEXT;
ALTER TABLE mastery ADD COLUMN first_right_at INTEGER;
-- The flags default to 0 and may be null (read as 0): rows imported from exports older than this
-- schema lack them, and import leaves a column it is not given to its default.
ALTER TABLE mastery ADD COLUMN another_exercise INTEGER DEFAULT 0 CHECK (another_exercise IN (0, 1));
ALTER TABLE mastery ADD COLUMN another_day INTEGER DEFAULT 0 CHECK (another_day IN (0, 1));
ALTER TABLE mastery ADD COLUMN placed INTEGER DEFAULT 0 CHECK (placed IN (0, 1));

UPDATE mastery SET first_right_at = (
  SELECT min(r.reviewed_at) FROM reviews r JOIN exercise_skills es
    ON es.pack_id = r.pack_id AND es.exercise_id = r.exercise_id
  WHERE r.learner_id = mastery.learner_id AND es.pack_id = mastery.pack_id AND es.skill_id = mastery.skill_id
    AND r.correct = 1 AND r.hints_used = 0 AND r.kind <> 'cram');

UPDATE mastery SET first_right_exercise = (
  SELECT r.exercise_id FROM reviews r JOIN exercise_skills es
    ON es.pack_id = r.pack_id AND es.exercise_id = r.exercise_id
  WHERE r.learner_id = mastery.learner_id AND es.pack_id = mastery.pack_id AND es.skill_id = mastery.skill_id
    AND r.correct = 1 AND r.hints_used = 0 AND r.kind <> 'cram' AND r.reviewed_at = mastery.first_right_at
  ORDER BY r.id LIMIT 1)
WHERE first_right_at IS NOT NULL;

UPDATE mastery SET another_exercise = EXISTS (
  SELECT 1 FROM reviews r JOIN exercise_skills es
    ON es.pack_id = r.pack_id AND es.exercise_id = r.exercise_id
  WHERE r.learner_id = mastery.learner_id AND es.pack_id = mastery.pack_id AND es.skill_id = mastery.skill_id
    AND r.correct = 1 AND r.hints_used = 0 AND r.kind <> 'cram' AND r.exercise_id <> mastery.first_right_exercise)
WHERE first_right_at IS NOT NULL;

UPDATE mastery SET another_day = EXISTS (
  SELECT 1 FROM reviews r JOIN exercise_skills es
    ON es.pack_id = r.pack_id AND es.exercise_id = r.exercise_id
  WHERE r.learner_id = mastery.learner_id AND es.pack_id = mastery.pack_id AND es.skill_id = mastery.skill_id
    AND r.correct = 1 AND r.hints_used = 0 AND r.kind <> 'cram'
    AND (r.reviewed_at - 14400000) / 86400000 > (mastery.first_right_at - 14400000) / 86400000)
WHERE first_right_at IS NOT NULL;

-- Known without a single right answer: only placement's inference does that.
UPDATE mastery SET placed = 1 WHERE p_known >= 0.95 AND first_right_at IS NULL;
