-- Migration 027: the study day a goal was first met (every skill of it mastered), an ISO date or
-- null. A goal met on time stays met when its skills later fade: without this, "Done: all 4
-- skills mastered" turned into "1 of 4 mastered; the deadline has passed" as the learner forgot.
ALTER TABLE goals ADD COLUMN met_on TEXT;
