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

/**
 * The learner's data and the installed content: the port every front-end, the session and the tools
 * use, in the core's terms. An adapter implements it ({@link StoreAdapter}); {@link Stores#open}
 * gives one. What the tools need besides comes from the small ports it hands out: {@link #goals},
 * {@link #history}, {@link #portability}, {@link #media}, and, without an open store, {@link
 * Stores#backups} and {@link Stores#checkup}.
 */
public interface Store extends AutoCloseable {
  /**
   * Takes the lock of {@code learner}'s sessions on this store ({@link LearnerLock}: one session of
   * a learner at a time), or fails with one line ({@link StoreException}): the learner has a
   * session in another tutor, or the store cannot be written here. {@link LearnerLock#take} asks
   * it.
   */
  LearnerLock lockLearner(Learner learner);

  /** Whether the store could only be opened for reading (read-only directory, mount or file). */
  boolean readOnly();

  /**
   * Fails with a one-line reason ({@link StoreException}) if the store cannot be written here; for
   * commands that write, to say so before they start rather than at their first write.
   */
  void requireWritable();

  /**
   * From now on, a write that finds another program writing waits for as long as it takes (a
   * session must not lose an answer), and calls {@code tell} once, the first time it waits long.
   */
  void waitForOthers(Runnable tell);

  /** The learner's goals. */
  Goals goals();

  /** The review log, as statistics and reports read it. */
  History history();

  /** Export, import and erasure of a learner's data. */
  Portability portability();

  /** The media files of installed packs. */
  Media media();

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

  /**
   * Whether the installed pack's content differs from {@code contentHash} (false if it is not
   * installed).
   */
  boolean packChanged(String packId, String contentHash);

  /**
   * What installing {@code pack} would change, and nothing written: {@code pack add --dry-run}.
   * Read in one snapshot, so that what it says holds together.
   */
  InstallReport previewInstall(Pack pack);

  /**
   * Reads what {@link #studyOutline} needs of the installed packs (not of a learner) ahead, so that
   * it can be done on another thread while the command line is read. Installing a pack forgets it.
   */
  void preloadOutline();

  /**
   * Reads the installed skills ahead ({@link #skills}), on another thread while the command line is
   * read: a study's picker needs them first, and reading them also readies the JSON reader.
   * Installing a pack forgets them.
   */
  void preloadSkills();

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

  /** The narrow questions a picker asks instead of reading everything ({@link StudyCandidates}). */
  StudyCandidates candidates();

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

  /**
   * When the learner's last {@code limit} answers were given, newest first (what undo would take
   * back).
   */
  List<Instant> lastAnswerTimes(long learnerId, int limit);

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
   * A skill's latest answers (cramming aside), oldest first, each with its chance of being right by
   * guessing: what {@link tutor.mastery.Chance} weighs.
   */
  List<tutor.mastery.Chance.Answer> recentAnswers(long learnerId, SkillKey skill);

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

  /**
   * {@link #skillTallies} of one pack's skills only, summed in the store: what a goal on the pack
   * needs to tell mastered skills from fading ones as {@code tutor stats} does.
   */
  default Map<SkillKey, SkillTally> skillTallies(
      long learnerId,
      String packId,
      java.util.function.ToDoubleFunction<tutor.schedule.CardState> recall) {
    Map<SkillKey, SkillTally> out = new java.util.HashMap<>();
    skillTallies(learnerId, recall)
        .forEach(
            (k, t) -> {
              if (k.packId().equals(packId)) out.put(k, t);
            });
    return out;
  }

  /**
   * Per skill of one pack, its live exercises and the first day (in {@code curve}'s day numbers) on
   * which its reviewed exercises are fading: what {@link #skillTallies} tells of fading on any day,
   * made once for the cards as they are. An adapter keeps the days between calls, and must make a
   * skill's day again whenever a card, an exercise or an exercise's skills of it changes, or the
   * curve's basis does: a day kept after its cards changed would show a faded skill as mastered.
   */
  Map<SkillKey, SkillFading> skillFading(
      long learnerId, String packId, tutor.mastery.FadingDay.Curve curve);

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

  /**
   * The skills of {@code packId} whose stored mastery is not what the learner's answers made of it
   * (changed outside tutor), one line each; empty when every one agrees. What doctor's mastery
   * check finds, for one learner and pack: a credential is not issued on such mastery.
   */
  List<String> masteryDisagreements(long learnerId, String packId);

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

  @Override
  void close();
}
