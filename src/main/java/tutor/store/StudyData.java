package tutor.store;

import java.util.List;
import java.util.Map;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardState;

/** Everything a session needs about the learner and the installed content. */
public record StudyData(
    List<StoredSkill> skills,
    List<StoredExercise> exercises,
    Map<CardKey, CardState> cards,
    Map<SkillKey, SkillMastery> mastery) {}
