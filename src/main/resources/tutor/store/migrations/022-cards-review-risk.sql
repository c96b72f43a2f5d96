-- Migration 022: the due reviews most at risk, sorted from this index alone: a study session's
-- first due review after a long break looks at every due review's last review and stability, and
-- with a backlog of 50,000 reading them from the table rows took seconds; the index holds what
-- the sort needs (and the card's key, to leave out retired exercises and to page on).

CREATE INDEX cards_review_risk ON cards(learner_id, phase, due, last_review, stability, pack_id, exercise_id);
