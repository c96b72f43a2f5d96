-- Migration 007: what a study session needs of each exercise before it is shown, beside the JSON body,
-- so that a session starts without parsing every exercise: its skill ids in order (separated by
-- spaces) and, for a choice, how many options and how many correct ones (its guess rate). Filled
-- here from the bodies of packs installed before.

ALTER TABLE exercises ADD COLUMN skill_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE exercises ADD COLUMN options INTEGER NOT NULL DEFAULT 0;
ALTER TABLE exercises ADD COLUMN correct_options INTEGER NOT NULL DEFAULT 0;

UPDATE exercises SET
  skill_ids = coalesce((SELECT group_concat(value, ' ' ORDER BY key) FROM json_each(exercises.body, '$.skills')), ''),
  options = coalesce(json_array_length(exercises.body, '$.body.options'), 0),
  correct_options = coalesce(json_array_length(exercises.body, '$.body.correct'), 0);

-- A session reads all of that in teaching order: from this index alone, not the table's bodies.
CREATE INDEX exercises_outline ON exercises(retired, pack_id, position, id, type, difficulty, skill_ids, options,
  correct_options);

-- Everyone's first attempts at each exercise (refined difficulty), without reading the whole log.
CREATE INDEX reviews_first_attempts ON reviews(pack_id, exercise_id, correct)
  WHERE phase_before = 'new' AND kind <> 'cram';
