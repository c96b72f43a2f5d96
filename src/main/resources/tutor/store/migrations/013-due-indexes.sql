-- Migration 013: what `tutor due`, `tutor stats` and the picker count or list by due time, read from
-- indexes rather than from every card: cards by phase (reviews apart from learning steps), and by
-- pack (stats --pack), each in due order.

CREATE INDEX cards_phase_due ON cards(learner_id, phase, due);
CREATE INDEX cards_pack_due ON cards(learner_id, pack_id, due);
