-- Migration 021: the cards of one pack by phase and due time, so that a session on one pack (study
-- --pack) counts what is due for its summary from this index alone: on the pack's due-time index
-- (013) each card's phase is read from the table, a third of a second at 100,000 cards.

CREATE INDEX cards_pack_phase_due ON cards(learner_id, pack_id, phase, due);
