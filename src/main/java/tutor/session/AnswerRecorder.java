package tutor.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tutor.kind.Kind;
import tutor.mastery.BktParameters;
import tutor.mastery.Chance;
import tutor.mastery.MasteryModel;
import tutor.mastery.Observation;
import tutor.mastery.SkillMastery;
import tutor.pack.CardKey;
import tutor.pack.Exercise;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.pack.StoredSkill;
import tutor.schedule.CardPhase;
import tutor.schedule.CardState;
import tutor.schedule.ReviewOutcome;
import tutor.schedule.Scheduler;
import tutor.store.AnswerRecord;
import tutor.store.Store;

/**
 * Turns an attempt into the new card (FSRS) and the new mastery of its skills (BKT), and writes
 * them with the review in one transaction, before anything is shown.
 */
public final class AnswerRecorder {
  /**
   * The outcome, and the level changes and unlocks it caused, in words (said by the session, which
   * keeps every skill's level: {@link AnswerLoop#watchingLevels}; none without one).
   */
  public record Recorded(
      ReviewOutcome outcome,
      Map<SkillKey, SkillMastery> masteryBefore,
      Map<SkillKey, SkillMastery> masteryAfter,
      List<String> changes) {
    public Recorded withChanges(List<String> said) {
      return new Recorded(outcome, masteryBefore, masteryAfter, List.copyOf(said));
    }
  }

  /** The kind of answer given in a placement test. */
  public static final String PLACEMENT = "placement";

  /** The kind of answer that is logged but changes no card or mastery. */
  public static final String CRAM = "cram";

  private final Store store;
  private final Scheduler scheduler;
  private final Map<SkillKey, StoredSkill> skills;

  public AnswerRecorder(Store store, Scheduler scheduler, Map<SkillKey, StoredSkill> skills) {
    this.store = store;
    this.scheduler = scheduler;
    this.skills = skills;
  }

  /**
   * Records {@code attempt} and updates {@code cards} and {@code mastery} to match the database.
   *
   * @param kind "study", "placement", or "cram" (logged only: the schedule and mastery stay)
   */
  public Recorded record(
      long learnerId,
      String kind,
      StoredExercise stored,
      ExerciseRunner.Attempt attempt,
      long fuzzSeed,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery) {
    return write(learnerId, kind, stored, attempt, fuzzSeed, cards, mastery, false, null);
  }

  /**
   * Records {@code rejected} again as the learner's call (:dispute): right, rated Good or Hard, the
   * grader's verdict kept beside it. {@code cards} and {@code mastery} are first put back as they
   * were before the answer ({@code cardBefore}, {@code masteryBefore}), then updated as by {@link
   * #record}. When the rejected answer made the exercise a leech, {@code unflag} puts the leech
   * flag back as it was, in the same transaction (null: no flag to take back). Empty, with nothing
   * changed, when the answer is no longer the learner's last.
   */
  public java.util.Optional<Recorded> dispute(
      long learnerId,
      String kind,
      StoredExercise stored,
      ExerciseRunner.Attempt rejected,
      long fuzzSeed,
      CardState cardBefore,
      Map<SkillKey, SkillMastery> masteryBefore,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      tutor.store.Store.LeechBefore unflag) {
    Map<CardKey, CardState> cardsBefore = new java.util.HashMap<>();
    if (cardBefore != null) cardsBefore.put(stored.key(), cardBefore);
    Map<SkillKey, SkillMastery> masteryThen = new java.util.HashMap<>(mastery);
    masteryBefore.forEach(
        (k, m) -> {
          if (m == null) masteryThen.remove(k);
          else masteryThen.put(k, m);
        });
    Recorded r;
    try {
      r =
          write(
              learnerId,
              kind,
              stored,
              rejected.disputedAsRight(),
              fuzzSeed,
              cardsBefore,
              masteryThen,
              true,
              unflag);
    } catch (NotLast e) {
      return java.util.Optional.empty();
    }
    if (!kind.equals(CRAM)) {
      cards.put(stored.key(), r.outcome().card());
      mastery.clear();
      mastery.putAll(masteryThen);
    }
    return java.util.Optional.of(r);
  }

  /** The answer to dispute is no longer the learner's last rejected one. */
  private static final class NotLast extends RuntimeException {
    NotLast() {
      super(null, null, false, false);
    }
  }

  private Recorded write(
      long learnerId,
      String kind,
      StoredExercise stored,
      ExerciseRunner.Attempt attempt,
      long fuzzSeed,
      Map<CardKey, CardState> cards,
      Map<SkillKey, SkillMastery> mastery,
      boolean disputing,
      tutor.store.Store.LeechBefore unflag) {
    Exercise ex = stored.exercise();
    CardKey key = stored.key();
    CardState existing = cards.get(key);
    CardState before = existing == null || existing.phase() == CardPhase.NEW ? null : existing;
    Instant at = attempt.answeredAt();
    CardState card = before == null ? CardState.newCard(at) : sameMomentIfEarlier(before, at);
    // Right in placement, unaided: the learner showed they know it, so the card is a review in
    // days (FSRS's first-rating stability), not a learning step back within minutes. A miss there
    // stays a learning card.
    boolean knownInPlacement =
        kind.equals(PLACEMENT) && attempt.right() && attempt.hintsUsed() == 0;
    ReviewOutcome outcome =
        knownInPlacement
            ? scheduler.reviewInDays(card, attempt.rating(), at, fuzzSeed)
            : scheduler.review(card, attempt.rating(), at, fuzzSeed);
    if (tutor.profile.ConfidentErrors.is(
        tutor.profile.Confidence.of(attempt.confidence()).orElse(null), attempt.right())) {
      // A confident error is a misconception: it comes back soon, whatever the interval said.
      outcome = tutor.profile.ConfidentErrors.sooner(outcome, at);
    }
    Map<SkillKey, SkillMastery> masteryBefore = new LinkedHashMap<>();
    Map<SkillKey, SkillMastery> masteryAfter = new LinkedHashMap<>();
    // The answer as evidence: a repeat of the same exercise soon after the last answer to it counts
    // for less (MasteryModel.weight), and only an unaided right answer shows the skill.
    Observation seen =
        new Observation(
            key.exerciseId(),
            at,
            attempt.right(),
            attempt.hintsUsed() == 0,
            before == null ? null : before.lastReview());
    for (String skillId : ex.skills()) {
      SkillKey sk = new SkillKey(key.packId(), skillId);
      SkillMastery m = mastery.get(sk);
      masteryBefore.put(sk, m);
      StoredSkill skill = skills.get(sk);
      BktParameters p = Kind.chance(skill == null ? null : skill.skill().bkt(), ex);
      SkillMastery after = (m == null ? SkillMastery.fresh(p) : m).after(seen, p, scheduler.days());
      // Opened once answered while all it requires is known; a locked skill practised by choice
      // (study --skill, placement) stays locked until then (MasteryModel.unlocked).
      boolean opened = MasteryModel.opened(m) || requirementsKnown(skill, mastery);
      after = after.withEvidence(after.evidence().opened(opened));
      if (after.evidence().recent() == null && after.known() && after.evidence().anotherDay()) {
        // It may count as mastered from now on: its latest answers are read, to be weighed
        // against guessing (Chance); the log holds them up to this one (and this one, when
        // it is disputed: it is taken out, to come back as it now counts).
        List<Chance.Answer> read = new ArrayList<>(store.recentAnswers(learnerId, sk));
        if (disputing && !read.isEmpty()) read.remove(read.size() - 1);
        read.add(new Chance.Answer(p.guess(), seen.shows()));
        after = after.withEvidence(after.evidence().withRecent(read));
      }
      masteryAfter.put(sk, after);
    }
    AnswerRecord row =
        new AnswerRecord(
            learnerId,
            key,
            at,
            kind,
            attempt.right(),
            attempt.responseMillis(),
            attempt.hintsUsed(),
            attempt.given(),
            before,
            outcome,
            masteryBefore,
            masteryAfter,
            attempt.confidence(),
            attempt.nearMiss(),
            attempt.shown(),
            attempt.disputed());
    if (!disputing) store.recordAnswer(row);
    else if (!store.disputeLast(row, unflag)) throw new NotLast();
    if (kind.equals(CRAM)) {
      // Logged, but the card and the mastery stay as they were: cramming moves no due date. A skill
      // never practised has no mastery before, so none after either (a null "after" ended a cram
      // of a new skill with a NullPointerException at its first answer).
      Map<SkillKey, SkillMastery> unchanged = new LinkedHashMap<>();
      masteryBefore.forEach(
          (k, m) -> {
            if (m != null) unchanged.put(k, m);
          });
      return new Recorded(outcome, masteryBefore, unchanged, List.of());
    }
    cards.put(key, outcome.card());
    mastery.putAll(masteryAfter);
    return new Recorded(outcome, masteryBefore, masteryAfter, List.of());
  }

  /**
   * An answer earlier than the card's last review (the clock went back, or that review was given
   * under a clock set ahead) is taken as given at the same moment as it: no time elapsed, never a
   * negative interval. The answer keeps its own time, so the card is scheduled from now, not from a
   * future it would be stranded in.
   */
  static CardState sameMomentIfEarlier(CardState card, Instant at) {
    if (card.lastReview() == null || !at.isBefore(card.lastReview())) return card;
    return new CardState(
        card.phase(),
        card.step(),
        card.stability(),
        card.difficulty(),
        card.due(),
        at,
        card.reps(),
        card.lapses());
  }

  /** Whether every skill {@code skill} requires is known now (a skill not installed: none). */
  private static boolean requirementsKnown(StoredSkill skill, Map<SkillKey, SkillMastery> mastery) {
    if (skill == null) return true;
    for (String r : skill.requires()) {
      SkillMastery m = mastery.get(new SkillKey(skill.packId(), r));
      if (m == null || !m.known()) return false;
    }
    return true;
  }
}
