package tutor.mastery;

/**
 * How knowledge (BKT), evidence and memory (FSRS) combine into what the learner sees and what the
 * picker uses. Thresholds, documented in docs/mastery.md:
 *
 * <ul>
 *   <li>known (the unlocking level): P(known) ≥ 0.95; shown as learned until the evidence is in;
 *   <li>mastered: known, right answers to two exercises on two study days, the mean predicted
 *       recall of the skill's reviewed exercises at least 0.85, and no prerequisite fallen back;
 *   <li>fading: known but that mean recall has fallen below 0.85 (not practised for a while): the
 *       skill comes back into practice;
 *   <li>placed: known by placement's inference, never answered;
 *   <li>a skill unlocks once every prerequisite is known (fading does not lock it again; it sends
 *       the learner back to the prerequisite instead);
 *   <li>a skill once practised while unlocked stays unlocked ({@link #unlocked}): a lapse on a
 *       prerequisite makes the prerequisite due again, it does not take away what the learner is
 *       working on.
 * </ul>
 */
public final class MasteryModel {
  /** Below this mean recall a known skill is shown as fading. */
  public static final double FADING_BELOW = 0.85;

  /**
   * An answer to the same exercise this soon after the last counts for the least: {@link
   * #MIN_WEIGHT}.
   */
  private static final double FULL_WEIGHT_MINUTES = 24 * 60;

  /** The least an answer counts for (a repeat within a minute). */
  public static final double MIN_WEIGHT = 0.1;

  private MasteryModel() {}

  /**
   * How much an answer counts, between {@link #MIN_WEIGHT} and 1: a first answer to an exercise, or
   * one a day or more after the last answer to it, fully; a repeat sooner than that less, on a log
   * scale of the gap (a minute 0.1, ten minutes 0.33, an hour 0.57, six hours 0.81). Right after
   * seeing the answer, answering it again shows short-term memory of that answer, not the skill.
   */
  public static double weight(java.time.Instant previousAnswer, java.time.Instant at) {
    if (previousAnswer == null) return 1;
    double minutes = Math.max(0, java.time.Duration.between(previousAnswer, at).toSeconds() / 60.0);
    double w = Math.log1p(minutes) / Math.log1p(FULL_WEIGHT_MINUTES);
    return Math.max(MIN_WEIGHT, Math.min(1, w));
  }

  /**
   * Whether a skill is open to practice: every skill it requires is known, or the learner has
   * practised it already while they were ({@link Evidence#opened}). The second is hysteresis, as
   * Duolingo keeps an opened unit open: a wrong answer to a prerequisite brings the prerequisite
   * back for review (its card lapses), and the skill built on it stays available rather than
   * locking and unlocking again with each answer. A locked skill practised by choice ({@code study
   * --skill}) is not opened by it: what it requires is still not known.
   */
  public static boolean unlocked(boolean prerequisitesKnown, SkillMastery own) {
    return prerequisitesKnown || opened(own);
  }

  /** Whether the learner has practised the skill while every skill it requires was known. */
  public static boolean opened(SkillMastery m) {
    return practised(m) && m.evidence().opened();
  }

  /** Whether the learner has answered an exercise of the skill (right or wrong). */
  public static boolean practised(SkillMastery m) {
    return m != null && m.attempts() > 0;
  }

  /** The level ignoring memory decay, for a skill with at least two exercises. */
  public static Level level(SkillMastery m, boolean prerequisitesKnown, double meanRecall) {
    return level(m, prerequisitesKnown, meanRecall, Evidence.EXERCISES_NEEDED);
  }

  /**
   * The skill's own level, before the prerequisite cap ({@link #capped}).
   *
   * @param prerequisitesKnown every skill it requires is known (a practised skill is unlocked
   *     either way: {@link #unlocked})
   * @param meanRecall mean FSRS retrievability now of the skill's reviewed exercises (1 if none)
   * @param exercisesInSkill how many exercises practise the skill (the evidence rule asks for two
   *     different ones only when there are two)
   */
  public static Level level(
      SkillMastery m, boolean prerequisitesKnown, double meanRecall, int exercisesInSkill) {
    if (m != null && m.known()) {
      if (meanRecall < FADING_BELOW) return Level.FADING;
      if (m.mastered(exercisesInSkill)) return Level.MASTERED;
      return m.placedOnly() ? Level.PLACED : Level.LEARNED;
    }
    if (!unlocked(prerequisitesKnown, m)) return Level.LOCKED;
    return m == null || m.attempts() == 0 ? Level.NEW : Level.LEARNING;
  }

  /**
   * The prerequisite cap: a skill shows as mastered only while no skill it requires, directly or
   * not, has fallen back (learning, new, locked) or is fading; otherwise it shows as learned, one
   * step above, and comes back as soon as the prerequisite is reviewed back. Placed and learned
   * prerequisites do not cap: they are known well enough to build on.
   *
   * @param own each skill's own level ({@link #level})
   * @param requires the skills each one requires directly
   */
  public static <K> java.util.Map<K, Level> capped(
      java.util.Map<K, Level> own,
      java.util.function.Function<K, ? extends java.util.Collection<K>> requires) {
    java.util.Map<K, Boolean> weak = new java.util.HashMap<>();
    java.util.Map<K, Level> out = new java.util.HashMap<>(own);
    for (java.util.Map.Entry<K, Level> e : own.entrySet()) {
      if (e.getValue() != Level.MASTERED) continue;
      out.put(e.getKey(), capped(e.getKey(), own, requires, weak));
    }
    return out;
  }

  /**
   * The prerequisite cap of one skill ({@link #capped(java.util.Map,
   * java.util.function.Function)}): its level in {@code own}, or learned where it is mastered and
   * something it requires has fallen back or is fading.
   *
   * @param weak what is known of which skills have fallen back or have something fallen back below
   *     them, filled in as it is worked out: shared by calls over the same {@code own} levels
   */
  public static <K> Level capped(
      K skill,
      java.util.Map<K, Level> own,
      java.util.function.Function<K, ? extends java.util.Collection<K>> requires,
      java.util.Map<K, Boolean> weak) {
    Level level = own.getOrDefault(skill, Level.NEW);
    if (level != Level.MASTERED) return level;
    for (K r : requires.apply(skill)) {
      if (weakBelow(r, own, requires, weak, new java.util.HashSet<>())) return Level.LEARNED;
    }
    return level;
  }

  /** Whether {@code skill} or anything it requires has fallen back or is fading (memoised). */
  private static <K> boolean weakBelow(
      K skill,
      java.util.Map<K, Level> own,
      java.util.function.Function<K, ? extends java.util.Collection<K>> requires,
      java.util.Map<K, Boolean> memo,
      java.util.Set<K> visiting) {
    Boolean known = memo.get(skill);
    if (known != null) return known;
    if (!visiting.add(skill)) return false; // a cycle: the pack checker refuses them; do not loop
    Level l = own.getOrDefault(skill, Level.NEW);
    boolean weak = l == Level.LEARNING || l == Level.NEW || l == Level.LOCKED || l == Level.FADING;
    if (!weak) {
      for (K r : requires.apply(skill)) {
        if (weakBelow(r, own, requires, memo, visiting)) {
          weak = true;
          break;
        }
      }
    }
    memo.put(skill, weak);
    return weak;
  }

  /** P(right) of a typed answer without the skill: near zero, a lucky phrase or number. */
  public static final double TYPED_GUESS = 0.03;

  /**
   * Predicted P(right answer) to a new exercise: guess + (1 - guess - slip) * P(known at this
   * difficulty), where P(known at difficulty d) = sigmoid(logit(mastery) - 0.8 (d - 2)).
   */
  public static double predictNew(double effectiveMastery, double difficulty, BktParameters p) {
    // A logistic step of 0.8 logits per difficulty level around the pack's average item (2):
    // an easy item (1) is answered more often than BKT alone predicts, a hard one (5) less.
    double m = Math.min(0.99, Math.max(0.01, effectiveMastery));
    double known = sigmoid(Math.log(m / (1 - m)) - 0.8 * (difficulty - 2));
    return p.guess() + (1 - p.guess() - p.slip()) * known;
  }

  /** Pseudo-answers the pack author's difficulty counts for when answers refine it. */
  public static final int AUTHOR_WEIGHT = 10;

  /**
   * The pack's difficulty refined by learners' first attempts: a weighted mean of the author's
   * rating (worth {@link #AUTHOR_WEIGHT} answers) and the difficulty the answers show, 1 + 4 ×
   * (share of first attempts that were wrong).
   */
  public static double refinedDifficulty(int packDifficulty, int firstAttempts, int firstRight) {
    if (firstAttempts <= 0) return packDifficulty;
    double observed = 1 + 4 * (1 - firstRight / (double) firstAttempts);
    return (AUTHOR_WEIGHT * packDifficulty + firstAttempts * observed)
        / (AUTHOR_WEIGHT + firstAttempts);
  }

  /**
   * Right answers in a row (to different exercises) BKT needs to take P(known) from {@code pKnown}
   * to the known threshold; mastery also needs its evidence (see {@link Evidence}).
   */
  public static int rightAnswersToMaster(double pKnown, BktParameters p) {
    SkillMastery m = new SkillMastery(pKnown, 0, 0);
    int n = 0;
    while (!m.known() && n < 100) {
      m = m.after(true, p);
      n++;
    }
    return n;
  }

  static double sigmoid(double x) {
    return 1 / (1 + Math.exp(-x));
  }
}
