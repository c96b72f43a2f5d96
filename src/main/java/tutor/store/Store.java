package tutor.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.pack.AuthorExamples;
import tutor.pack.CardKey;
import tutor.pack.Pack;
import tutor.pack.SkillKey;
import tutor.pack.StoredSkill;

/** The learner's data and the installed content. */
public interface Store extends AutoCloseable {
  /** The learner commands act on; a learner named "default" is created on first use. */
  Learner currentLearner(Instant now);

  Optional<Learner> learner(String name);

  Learner addLearner(String name, Instant now);

  List<Learner> learners();

  void useLearner(Learner learner);

  Map<String, String> settings(long learnerId);

  void setSetting(long learnerId, String key, String value);

  Optional<String> appSetting(String key);

  void setAppSetting(String key, String value);

  /**
   * Installs or updates a pack in one transaction. Exercises and skills that the new version no
   * longer has are retired, never deleted, so the learner's history stays.
   */
  InstallReport installPack(
      Pack pack,
      Map<String, AuthorExamples> examples,
      String source,
      String contentHash,
      Instant now);

  /**
   * As above, for a pack whose exercises have no {@code examples:} (a generated or imported one).
   */
  default InstallReport installPack(Pack pack, String source, String contentHash, Instant now) {
    return installPack(pack, Map.of(), source, contentHash, now);
  }

  /** The examples each exercise of an installed pack was installed with, by exercise id. */
  Map<String, AuthorExamples> examples(String packId);

  Optional<String> installedVersion(String packId);

  List<PackSummary> packs(long learnerId);

  /** The units an installed pack declares, in its order; empty for an unknown pack. */
  List<tutor.pack.Unit> units(String packId);

  /**
   * The installed packs' titles by id, in id order: what {@link #packs} gives, without counting.
   */
  Map<String, String> packTitles();

  StudyData studyData(long learnerId);

  /**
   * Like {@link #studyData}, with the exercises in outline: id, skills, difficulty, type and the
   * number of options, but no wording. Quick to read however big the packs; {@link #exercise} gives
   * an exercise in full.
   */
  StudyData studyOutline(long learnerId);

  /** An installed exercise in full (retired ones too), if there is one with this key. */
  Optional<tutor.pack.Exercise> exercise(CardKey key);

  /** Writes the review, the card and the mastery in one transaction. */
  void recordAnswer(AnswerRecord answer);

  /**
   * Replaces the learner's last answer, a rejected one, by {@code disputed} (the same answer
   * counted as right, {@link AnswerRecord#disputed}), in one transaction: the review, the card and
   * the mastery. False, with nothing changed, when the last answer is another or was not rejected.
   */
  default boolean disputeLast(AnswerRecord disputed) {
    return disputeLast(disputed, null);
  }

  /**
   * As {@link #disputeLast(AnswerRecord)}, and in the same transaction, when the rejected answer
   * flagged its exercise as a leech: puts that flag back as it was before the answer ({@code
   * unflag}). Null leaves the leeches alone.
   */
  boolean disputeLast(AnswerRecord disputed, LeechBefore unflag);

  /**
   * The leech flag of {@code card} before an answer flagged it: {@code was}, or no flag when null.
   */
  record LeechBefore(CardKey card, Leech was) {}

  /** Exercises seen for the first time since {@code since}. */
  int introducedSince(long learnerId, Instant since);

  /** Reviews of already-seen exercises since {@code since}. */
  int reviewedSince(long learnerId, Instant since);

  /** Cards due before {@code until}, soonest first (retired exercises excluded). */
  List<DueItem> dueBefore(long learnerId, Instant until, int limit);

  /** The installed skills (retired ones left out), by pack and in teaching order. */
  List<StoredSkill> skills();

  /** The learner's mastery of each skill practised or placed. */
  Map<SkillKey, tutor.mastery.SkillMastery> mastery(long learnerId);

  /**
   * What is due now and later, counted on the due-time indexes (retired exercises left out): due
   * now are cards due at {@code now} or before, and reviews due before {@code reviewsDueBefore};
   * {@code listed} gives the first of those, soonest due first; {@code bounds} split what falls due
   * later into spans, the first from now to {@code bounds[0]}.
   */
  DueOutlook dueOutlook(
      long learnerId, Instant now, Instant reviewsDueBefore, List<Instant> bounds, int listed);

  /**
   * Cards due (retired exercises left out), of one pack when {@code packId} is not null: before
   * {@code bounds[0]}, then in each span between consecutive bounds.
   */
  List<Integer> dueCounts(long learnerId, String packId, List<Instant> bounds);

  /**
   * Per skill of the installed exercises, what the learner's cards say of it ({@link SkillTally}):
   * counted in the store, with the retrievability of each seen card given by {@code recall} and
   * summed in teaching order, without a card or exercise kept in memory.
   */
  Map<SkillKey, SkillTally> skillTallies(
      long learnerId, java.util.function.ToDoubleFunction<tutor.schedule.CardState> recall);

  /** Sets the mastery of skills directly (placement), in one transaction. */
  void setMastery(long learnerId, Map<SkillKey, tutor.mastery.SkillMastery> mastery, Instant at);

  /**
   * Takes back the learner's last answer: card, mastery and review log return to what they were.
   * Empty when there is nothing to undo.
   */
  Optional<UndoneAnswer> undoLast(long learnerId);

  /** Skills whose lesson this learner has been shown. */
  java.util.Set<SkillKey> lessonsSeen(long learnerId);

  void markLessonSeen(long learnerId, SkillKey skill, Instant at);

  /** The learner's review log, oldest first: what `tutor optimize` fits FSRS parameters on. */
  List<LoggedReview> reviewLog(long learnerId);

  /** Records one fit of FSRS parameters for a learner, adopted or not. */
  void saveFittedParameters(FittedParameters fitted);

  /**
   * The parameters most recently adopted for the learner, if any (else scheduling uses the
   * defaults).
   */
  Optional<FittedParameters> adoptedParameters(long learnerId);

  /** The learner's leeches, suspended or not, by pack and exercise. */
  List<Leech> leeches(long learnerId);

  /** Records that an exercise became a leech again (or for the first time), and what was done. */
  void markLeech(long learnerId, Leech leech);

  /**
   * Brings suspended leeches back into study: the one given, or every one when empty. Their lapses
   * are kept, and they are flagged again after half the threshold more. Returns how many.
   */
  int unsuspendLeeches(long learnerId, java.util.Optional<CardKey> card);

  /** Per exercise of the pack, how many of this database's learners have it as a leech. */
  Map<String, Integer> leechLearners(String packId);

  /** The learner's goals, oldest first (what {@code tutor goal list} shows). */
  List<tutor.goal.Goal> goals(long learnerId);

  /** The learner's median answer time in seconds, or NaN when no timed answer exists. */
  double medianSecondsPerExercise(long learnerId);

  /**
   * The learner's answers to a pack's exercises (study and reviews; not cram or placement) in the
   * {@code days} days before {@code until}, and when they first answered one of them.
   */
  tutor.goal.RecentAnswers recentAnswers(long learnerId, String packId, Instant until, int days);

  /**
   * Everyone's first attempts at each exercise that {@code learnerId} has not seen yet: what
   * refines the difficulty of new material.
   */
  Map<CardKey, tutor.store.sqlite.ExerciseStats.FirstAttempts> firstAttemptsAtUnseen(
      long learnerId);

  /**
   * The learner's answers up to {@code until}, summed per quarter of an hour, oldest first; {@code
   * packId} null for every pack.
   */
  List<tutor.store.sqlite.ReviewLog.Tally> reviewTallies(
      long learnerId, Instant until, String packId);

  @Override
  void close();
}
