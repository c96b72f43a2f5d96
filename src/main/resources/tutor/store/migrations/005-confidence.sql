-- Schema: how sure the learner said they were before an auto-graded answer was revealed
-- (tutor profile set confidence on). 1 guessing, 2 fairly sure, 3 sure; null when not asked.
-- Calibration (docs/profile.md) compares it with the correct column.

ALTER TABLE reviews ADD COLUMN confidence INTEGER CHECK (confidence IS NULL OR confidence BETWEEN 1 AND 3);
