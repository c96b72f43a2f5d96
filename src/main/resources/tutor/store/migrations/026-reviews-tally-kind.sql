-- Migration 026: reviews_tally (014) with the answer's kind last, so that today's counts of a
-- session's start (new exercises introduced, reviews done: cramming left out) are read from the
-- index alone: without kind, each of today's answers was read from its row to check that it was
-- not cramming (0.1-0.4 s for the 10,000 answers of a heavy day; tens of ms for a usual one).
DROP INDEX reviews_tally;
CREATE INDEX reviews_tally ON reviews(learner_id, reviewed_at, phase_before, rating, response_ms, pack_id,
  kind);
