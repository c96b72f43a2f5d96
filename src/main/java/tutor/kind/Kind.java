package tutor.kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.Exercise;
import tutor.session.NearMiss;

/**
 * Everything that depends on an exercise's kind, in one class per kind. The interface is sealed
 * and every method is abstract, so a new kind that forgets a behaviour does not compile; {@link
 * #of} is the one place that maps a body to its kind, through {@link Exercise.Cases}, which does
 * not compile either until the new kind is handled. Pure: no I/O, no clock, no randomness beyond
 * the seed given.
 */
public sealed interface Kind permits FlashcardKind, ChoiceKind, TextKind, ClozeKind, NumericKind, OrderKind {

  static Kind of(Exercise exercise) {
    return of(exercise.body());
  }

  static Kind of(Exercise.Body body) {
    return body.accept(new Exercise.Cases<Kind>() {
      public Kind flashcard(Exercise.Flashcard f) {
        return new FlashcardKind(f);
      }

      public Kind choice(Exercise.Choice c) {
        return new ChoiceKind(c);
      }

      public Kind text(Exercise.Text t) {
        return new TextKind(t);
      }

      public Kind cloze(Exercise.Cloze c) {
        return new ClozeKind(c);
      }

      public Kind numeric(Exercise.Numeric n) {
        return new NumericKind(n);
      }

      public Kind order(Exercise.Order o) {
        return new OrderKind(o);
      }
    });
  }

  Exercise.Body body();

  /** False for a kind the learner rates themself (a flashcard): no grader, no hints, no :show. */
  boolean graded();

  /** How it is shown this time (the order of options or items); the seed makes it replayable. */
  Presentation present(long seed);

  /** What the learner picks from or puts in order, in the pack's order; empty when nothing. */
  List<String> items();

  /** How many lines the learner types: one per gap of a cloze, one otherwise. */
  int responses();

  /** Text shown under the prompt (a cloze's text with its gaps blanked), or "". */
  String text();

  /** What the learner is told to do, under the exercise at a terminal. */
  String instructions();

  /** The verdict on what was typed (one entry per {@link #responses()}). */
  Outcome grade(Presentation shown, List<String> responses);

  /** The answer as a verdict shows it, in the order shown. */
  String expected(Presentation shown);

  /** The accepted answer in words, independent of any showing (item analysis, lint). */
  String key();

  /** A stored answer as people read it (item analysis); most kinds keep it as typed. */
  String inWords(String answer);

  /** A wrong answer one slip away from a right one, if this kind offers near misses at all. */
  Optional<NearMiss> nearMiss(List<String> responses, double tolerance);

  /**
   * The kind's own fields of a JSON-lines {@code exercise} event (values: strings, numbers,
   * booleans, lists of strings), given the items in the order shown.
   */
  Map<String, Object> jsonFields(List<String> shownItems);

  /** The shape of a JSON-lines {@code answer} for this kind. */
  JsonAnswer jsonAnswer();

  /**
   * Guess and slip for mastery: {@code skill} is the skill's fitted parameters, or null when there
   * are none (the kind's defaults apply).
   */
  BktParameters chance(BktParameters skill);

  /** The JSON-lines answer shapes; a new kind picks one or adds one (then JsonLinesUi must read it). */
  enum JsonAnswer {
    /** A self-rating: 1-4 or again, hard, good, easy. */
    RATING,
    /** One index into the shown choices. */
    PICK,
    /** Indices into the shown choices (a choice with several right options). */
    PICKS,
    /** Every index into the shown items, in the right order. */
    ORDER,
    /** One string per gap (a plain string when there is one gap). */
    GAPS,
    /** A number or a string. */
    NUMBER,
    /** A string. */
    TEXT
  }
}
