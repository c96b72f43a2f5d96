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

  /** The cards in (re)learning steps. */
  List<Candidate> inSteps(Scope scope);

  /** The review cards due at or after {@code from} (null: any time) and before {@code before}. */
  List<Candidate> reviewsDue(Scope scope, Instant from, Instant before);

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

  /** How many exercises of a pack with these skills (in order) the learner has not seen. */
  record NewExercises(String packId, List<String> skills, int count) {}

  /** The scope's exercises the learner has not seen, counted by pack and skills. */
  List<NewExercises> newExercises(Scope scope);

  /** The latest review of any of the scope's cards in review (null when none). */
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
