package tutor.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.FsrsModel;
import tutor.schedule.FsrsParameters;
import tutor.schedule.MemoryState;
import tutor.schedule.Rating;

/**
 * A learner whose true state the policies never see.
 *
 * <ul>
 *   <li>Knowledge follows the prerequisite graph: a skill can only be learned by practising it once
 *       every skill it requires has been learned ("ready"); then each attempt teaches it with this
 *       learner's learning rate. Practice before that teaches nothing.
 *   <li>Memory of a learned skill follows FSRS-6 with this learner's hidden weights (the defaults
 *       perturbed by about 20% each): every answer to one of the skill's exercises is a review of
 *       it, Again if wrong, Good if right.
 *   <li>An answer is right with probability R (1 - slip) + (1 - R) guess, where R is the skill's
 *       true recall now (0 if not learned), slip grows with the exercise's difficulty, and guess is
 *       1 / options for a choice (0.02 otherwise).
 *   <li>A lesson read before a skill's first exercise (or again when tutor offers it after misses)
 *       teaches a ready skill with this learner's lesson rate ({@link #readLesson}; 0 for the
 *       learners of {@code scripts/bench simulate}, who learn only by answering).
 *   <li>Answers take 12-30 seconds by type, half again as long when the skill is not known, plus 15
 *       seconds to read the feedback after a wrong one; each learner has their own pace.
 * </ul>
 *
 * Same-day recall uses the fraction of a day elapsed, since FSRS's whole days would make it 1.
 */
final class SimulatedLearner {
  private final SplittableRandom random;
  private final FsrsModel memoryModel;
  private final double learnRate;
  private final double lessonRate;
  private final double pace;
  private final Map<SkillKey, StoredSkill> skills;
  private final Map<SkillKey, MemoryState> memory = new HashMap<>();
  private final Map<SkillKey, Instant> lastPractice = new HashMap<>();

  /** What happened when the learner answered. */
  record Answer(boolean right, long millis) {}

  SimulatedLearner(long seed, Map<SkillKey, StoredSkill> skills) {
    this(seed, skills, 0);
  }

  /**
   * @param lessonRate P(a ready skill is learned from reading its lesson); 0 draws nothing, so such
   *     a learner answers exactly as one built without it
   */
  SimulatedLearner(long seed, Map<SkillKey, StoredSkill> skills, double lessonRate) {
    this.lessonRate = lessonRate;
    this.random = new SplittableRandom(seed);
    this.skills = skills;
    double[] w = FsrsParameters.DEFAULT.toArray();
    for (int i = 0; i < w.length; i++) w[i] *= Math.exp(0.2 * gaussian());
    this.memoryModel = new FsrsModel(FsrsParameters.clipped(w, 1, true));
    this.learnRate = 0.15 + 0.2 * random.nextDouble();
    this.pace = 0.8 + 0.45 * random.nextDouble();
  }

  /** Answers {@code e} at {@code now}, learning and reviewing as a side effect. */
  Answer answer(StoredExercise e, Instant now) {
    SkillKey skill = Curriculum.skillOf(e);
    Exercise ex = e.exercise();
    double r = recall(skill, now);
    double slip = 0.03 * ex.difficulty();
    double p = r * (1 - slip) + (1 - r) * guess(ex);
    boolean right = random.nextDouble() < p;
    double seconds = baseSeconds(ex.type()) * pace * (learned(skill) ? 1 : 1.5) + (right ? 0 : 15);
    practise(skill, right, now);
    return new Answer(right, Math.round(seconds * 1000));
  }

  /** Reads the skill's lesson at {@code now}: may learn it, if every prerequisite is learned. */
  void readLesson(SkillKey skill, Instant now) {
    if (lessonRate <= 0 || learned(skill) || !ready(skill)) return;
    if (random.nextDouble() < lessonRate) {
      memory.put(skill, memoryModel.nextState(null, 0, Rating.GOOD, true));
      lastPractice.put(skill, now);
    }
  }

  boolean learned(SkillKey skill) {
    return memory.containsKey(skill);
  }

  /** True probability of recalling a learned skill at {@code now}; 0 if not learned. */
  double recall(SkillKey skill, Instant now) {
    MemoryState m = memory.get(skill);
    if (m == null) return 0;
    double days = Duration.between(lastPractice.get(skill), now).toSeconds() / 86_400.0;
    return memoryModel.retrievability(days, m.stability());
  }

  java.util.Set<SkillKey> learnedSkills() {
    return java.util.Set.copyOf(memory.keySet());
  }

  /**
   * Mean true recall at {@code now} of {@code skills} (0 for one never learned); NaN when there are
   * none.
   */
  double meanRecall(java.util.Collection<SkillKey> skills, Instant now) {
    if (skills.isEmpty()) return Double.NaN;
    double sum = 0;
    for (SkillKey k : skills) sum += recall(k, now);
    return sum / skills.size();
  }

  int learnedCount() {
    return memory.size();
  }

  /** Sum of the true recall of every learned skill: how many skills the learner could show now. */
  double expectedRecalled(Instant now) {
    double sum = 0;
    for (SkillKey k : memory.keySet()) sum += recall(k, now);
    return sum;
  }

  private void practise(SkillKey skill, boolean right, Instant now) {
    MemoryState m = memory.get(skill);
    if (m != null) {
      long days = tutor.schedule.DayCounter.UTC.elapsedDays(lastPractice.get(skill), now);
      memory.put(skill, memoryModel.nextState(m, days, right ? Rating.GOOD : Rating.AGAIN, true));
      lastPractice.put(skill, now);
    } else if (ready(skill) && random.nextDouble() < learnRate) {
      memory.put(skill, memoryModel.nextState(null, 0, Rating.GOOD, true));
      lastPractice.put(skill, now);
    }
  }

  private boolean ready(SkillKey skill) {
    StoredSkill s = skills.get(skill);
    if (s == null) return false;
    for (String r : s.requires()) if (!learned(new SkillKey(skill.packId(), r))) return false;
    return true;
  }

  private static double guess(Exercise ex) {
    return ex.body() instanceof Exercise.Choice c ? 1.0 / c.options().size() : 0.02;
  }

  private static double baseSeconds(ExerciseType type) {
    return switch (type) {
      case FLASHCARD -> 12;
      case CHOICE -> 15;
      case NUMERIC -> 20;
      case TEXT, CLOZE -> 25;
      case ORDER -> 30;
      case REGEX -> 45;
      case SQL -> 90;
    };
  }

  private double gaussian() {
    // Box-Muller from the learner's own stream, so that learners differ only by seed.
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
