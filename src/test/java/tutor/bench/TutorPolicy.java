package tutor.bench;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.Ratings;
import tutor.kind.Kind;
import tutor.mastery.BktParameters;
import tutor.mastery.Observation;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.FsrsParameters;
import tutor.schedule.FsrsScheduler;
import tutor.schedule.Rating;
import tutor.session.Difficulties;
import tutor.session.LearnerSettings;
import tutor.session.Leeches;
import tutor.session.Pick;
import tutor.session.Picker;
import tutor.session.SessionTally;

/**
 * The tutor's own policy: the real {@link Picker} and {@link FsrsScheduler}, with tutor's default
 * settings. This is the one class that knows the picker's API (it is still growing), so that a
 * change there touches the benchmark here only. It mirrors what StudySession and AnswerRecorder do
 * around the picker (quotas, last skill, the success target, the FSRS review and the BKT update),
 * without the store and the terminal.
 */
final class TutorPolicy implements Policy {
  private static final int RECENT = 10;

  private final Picker picker;
  private final FsrsScheduler scheduler;
  private final List<StoredExercise> scope;
  private final Map<SkillKey, StoredSkill> skills;
  private final LearnerSettings settings = LearnerSettings.from(Map.of(), ZoneOffset.UTC);
  private final long seed;
  private final Map<CardKey, CardState> cards = new HashMap<>();
  private final Map<SkillKey, SkillMastery> mastery = new HashMap<>();
  private final List<Boolean> recent = new ArrayList<>();

  /** A day's session: answers per exercise (short-term memory), and what it set aside. */
  private SessionTally tally = new SessionTally();

  private final java.util.Set<CardKey> setAside = new java.util.HashSet<>();

  /** Leeches, suspended as the default leech-action does. */
  private final java.util.Set<CardKey> suspended = new java.util.HashSet<>();

  private int introducedToday;
  private int reviewedToday;
  private SkillKey lastSkill;
  private boolean lastWrong;

  /** Each skill's misses in a row in the day's session: the picker steps back from three. */
  private final Map<SkillKey, Integer> missedInARow = new HashMap<>();

  TutorPolicy(Curriculum c, long seed) {
    this.scheduler = new FsrsScheduler(settings.schedulerConfig(FsrsParameters.DEFAULT));
    this.picker = new Picker(scheduler, c.skills());
    this.scope = c.exercises();
    this.skills = c.skillsByKey();
    this.seed = seed;
  }

  @Override
  public void newDay(Instant start) {
    introducedToday = 0;
    reviewedToday = 0;
    tally = new SessionTally();
    setAside.clear();
    setAside.addAll(suspended);
    missedInARow.clear();
  }

  @Override
  public Optional<StoredExercise> next(Instant now) {
    Picker.Request request =
        Picker.Request.of(scope, cards, mastery, now)
            .quotas(
                settings.newPerDay() - introducedToday, settings.reviewsPerDay() - reviewedToday)
            .after(lastSkill, lastWrong)
            .target(Picker.adjustedTarget(settings.targetSuccess(), recent), Difficulties.PACK)
            .excluding(setAside, false)
            .today(tally.view())
            .missed(missedInARow)
            .keeping(settings.desiredRetention());
    return picker.next(request).map(Pick::exercise);
  }

  @Override
  public Optional<java.util.Set<SkillKey>> countedMastered() {
    // Mastered as displays, goals and credentials count it: spaced evidence (docs/mastery.md).
    Map<SkillKey, Integer> exercises = new HashMap<>();
    for (StoredExercise e : scope) {
      for (String id : e.exercise().skills())
        exercises.merge(new SkillKey(e.packId(), id), 1, Integer::sum);
    }
    java.util.Set<SkillKey> out = new java.util.HashSet<>();
    mastery.forEach(
        (k, m) -> {
          if (m.mastered(exercises.getOrDefault(k, 0))) out.add(k);
        });
    return Optional.of(out);
  }

  @Override
  public void answered(StoredExercise e, boolean right, long millis, Instant at) {
    Exercise ex = e.exercise();
    Rating rating =
        ex.body() instanceof Exercise.Flashcard
            ? (right ? Rating.GOOD : Rating.AGAIN) // the learner's own rating
            : Ratings.forAnswer(ex.type(), right, 0, millis, !cards.containsKey(e.key()));
    CardState before = cards.get(e.key());
    CardState card = before == null ? CardState.newCard(at) : before;
    long fuzzSeed = seed * 31 + e.key().seed() * 17L + card.reps();
    Observation seen =
        new Observation(
            e.key().exerciseId(), at, right, true, before == null ? null : before.lastReview());
    CardState after = scheduler.review(card, rating, at, fuzzSeed).card();
    cards.put(e.key(), after);
    if (tally.answered(e.key(), right)) setAside.add(e.key());
    if (Leeches.flags(card.lapses(), after.lapses(), settings.leechThreshold())) {
      suspended.add(e.key());
      setAside.add(e.key());
    }
    for (String skillId : ex.skills()) {
      SkillKey sk = new SkillKey(e.packId(), skillId);
      StoredSkill s = skills.get(sk);
      BktParameters p = Kind.chance(s == null ? null : s.skill().bkt(), ex);
      SkillMastery m = mastery.get(sk);
      mastery.put(sk, (m == null ? SkillMastery.fresh(p) : m).after(seen, p, scheduler.days()));
    }
    if (before == null || before.phase() == CardPhase.NEW) introducedToday++;
    else if (before.phase() == CardPhase.REVIEW) reviewedToday++;
    recent.add(right);
    if (recent.size() > RECENT) recent.remove(0);
    lastSkill = Picker.primarySkill(e);
    lastWrong = !right;
    if (right) missedInARow.remove(lastSkill);
    else missedInARow.merge(lastSkill, 1, Integer::sum);
  }
}
