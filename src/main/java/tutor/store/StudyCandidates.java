package tutor.store;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import tutor.pack.SkillKey;
import tutor.pack.StoredExercise;
import tutor.schedule.CardState;

/**
 * The narrow questions a picker asks of the installed exercises and a learner's cards (issue 22),
 * so that the first exercise costs what could be picked rather than the size of the collection:
 * cards in learning steps and reviews by due time (on the due-time indexes), and one skill's
 * exercises at a time. Exercises come in outline ({@link Store#studyOutline}), retired ones left
 * out, in scope order: by pack, position, then id.
 */
public interface StudyCandidates {
  /** An exercise in outline and the learner's card of it (null when never seen). */
  record Candidate(StoredExercise exercise, CardState card) {}

  /**
   * The exercises in play for a learner: every installed one, or one pack's ({@code packId}),
   * and/or those practising one skill id ({@code skillId}, in any pack); null means all.
   */
  record Scope(long learnerId, String packId, String skillId) {}

  /**
   * The cards in (re)learning steps due after {@code after} (null: any time), soonest first: the
   * first {@code atLeast} of them and every other due at the same instant as the last of those (so
   * that a page ends between two due times).
   */
  List<Candidate> inSteps(Scope scope, Instant after, int atLeast);

  /**
   * Added to a review card's real days since its last review to bound its whole study days from
   * above. Study days are dates in the learner's zone from a rollover hour: the dates of two
   * instants differ by less than their real days plus one, plus the difference of the zone's
   * offsets at the two instants (zone offsets lie within +-18 hours, so at most 1.5 days); the last
   * tenth of a day absorbs floating-point rounding.
   */
  double STUDY_DAYS_MARGIN = 2.6;

  /**
   * A review card and an upper bound on its whole study days elapsed at the reading's instant per
   * day of its stability: ((instant - last review) in days + {@link #STUDY_DAYS_MARGIN}) /
   * stability, at least 0 (infinite when the stability is not positive). Retrievability falls as
   * that ratio grows, so a card's retrievability is at least the one of its bound.
   */
  record AtRisk(Candidate candidate, double bound) {}

  /**
   * The scope's review cards due before {@code before}, most at risk first: by {@link AtRisk#bound}
   * at {@code at}, largest first, then by pack id and exercise id; the ones after {@code after} in
   * that order (null: from the first), at most {@code limit}. Read in pages, a backlog of any size
   * costs what a pick looks at.
   */
  List<AtRisk> reviewsAtRisk(Scope scope, Instant at, Instant before, AtRisk after, int limit);

  /** Every exercise practising {@code skill} (as any of its skills), in scope order. */
  List<Candidate> withSkill(Scope scope, SkillKey skill);

  /** The primary (first) skills of the scope's exercises. */
  Set<SkillKey> primarySkills(Scope scope);

  /** The learner's card of an exercise, if it has one. */
  java.util.Optional<CardState> card(long learnerId, tutor.pack.CardKey key);

  /**
   * How many of the learner's cards are in review and due at or after {@code from}, before {@code
   * to}.
   */
  int reviewsDueBetween(long learnerId, Instant from, Instant to);

  /**
   * How many of the scope's exercises the learner has not seen are {@code counted} (asked with each
   * one's pack id and skill ids), up to {@code atMost}. Read skill by skill in the order of {@code
   * skills}, each exercise counted once: only exercises practising one of them can count, so a
   * caller passes every skill whose exercises could (the unlocked ones), the likeliest to have
   * unseen ones first. Reading stops at {@code atMost}: a session that can take 20 new exercises
   * today reads the skills it is learning, not the 100,000 exercises a long history has seen.
   */
  int countNew(
      Scope scope,
      List<SkillKey> skills,
      java.util.function.BiPredicate<String, List<String>> counted,
      int atMost);

  /**
   * The latest answer to any of the scope's seen cards, in review or in learning steps (null when
   * none).
   */
  Instant lastReview(Scope scope);

  /**
   * How many of the scope's cards in one of {@code phases} fall due at or after {@code from} (null:
   * any time) and before {@code before}, leaving out {@code excluded} (suspended leeches): what a
   * session's summary counts, on the due-time index rather than from every card.
   */
  int countDue(
      Scope scope,
      java.util.Collection<tutor.pack.CardKey> excluded,
      Set<tutor.schedule.CardPhase> phases,
      Instant from,
      Instant before);

  /**
   * The earliest due time at or after {@code from} of the scope's cards in one of {@code phases},
   * {@code excluded} left out; null when there is none.
   */
  Instant firstDue(
      Scope scope,
      java.util.Collection<tutor.pack.CardKey> excluded,
      Set<tutor.schedule.CardPhase> phases,
      Instant from);
}
