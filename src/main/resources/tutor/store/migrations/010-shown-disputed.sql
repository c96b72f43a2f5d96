-- Migration 010: when a learner was stuck or sure they were right (issue 16).
-- shown: 1 when the learner asked to see the answer (:show) instead of answering; the answer is
--   empty and it counts as a miss (correct 0, rating Again).
-- disputed: 1 when the grader rejected the answer and the learner counted it as right (:dispute).
--   correct and rating then hold the learner's call (right, Good or Hard); the grader's verdict
--   was wrong. Reports list disputed answers per exercise so that authors can extend their keys.
-- Both default to 0 and may be null (read as 0): rows imported from exports older than this
-- schema lack them, and import leaves a column it is not given to its default.
ALTER TABLE reviews ADD COLUMN shown INTEGER DEFAULT 0 CHECK (shown IN (0, 1));
ALTER TABLE reviews ADD COLUMN disputed INTEGER DEFAULT 0 CHECK (disputed IN (0, 1));
