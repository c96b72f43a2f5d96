-- Migration 020: the latest review of a learner's cards in review, read from this index rather than
-- from every card: a study session says "welcome back after N days" before its first exercise,
-- and at 100,000 cards reading them all for that took longer than the rest of the start.

CREATE INDEX cards_last_review ON cards(learner_id, phase, last_review);
