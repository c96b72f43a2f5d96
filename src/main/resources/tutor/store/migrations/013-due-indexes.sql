-- Migration 013: what `tutor due`, `tutor stats` and the picker count or list by due time, read from
-- indexes rather than from every card: cards by phase (reviews apart from learning steps), and by
-- pack (stats --pack), each in due order.

CREATE INDEX cards_phase_due ON cards(learner_id, phase, due);
CREATE INDEX cards_pack_due ON cards(learner_id, pack_id, due);

-- Exercises by skill: how many exercises practise a skill (mastered needs two where there are two),
-- counted for each skill by `tutor stats` and `tutor pack list`; without it each count read every
-- row of exercise_skills (two minutes for 500 skills at 100,000 exercises).
CREATE INDEX exercise_skills_skill ON exercise_skills(pack_id, skill_id, exercise_id);
