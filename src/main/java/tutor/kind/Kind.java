package tutor.kind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;
import tutor.pack.Normalization;

/**
 * Everything that depends on an exercise's kind, in one class per kind. The interface is sealed and
 * every method is abstract, so a new kind that forgets a behaviour does not compile. {@link #of}
 * (through {@link Exercise.Cases}) and {@link #format} (a switch over {@link ExerciseType}) are the
 * two places that map to a kind's class; neither compiles until a new kind is handled. Pure: no
 * I/O, no clock, no randomness beyond the seed given.
 */
public sealed interface Kind
    permits FlashcardKind,
        ChoiceKind,
        TextKind,
        ClozeKind,
        NumericKind,
        OrderKind,
        SqlKind,
        RegexKind {

  static Kind of(Exercise exercise) {
    return of(exercise.body());
  }

  static Kind of(Exercise.Body body) {
    return body.accept(
        new Exercise.Cases<Kind>() {
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

          public Kind sql(Exercise.Sql q) {
            return new SqlKind(q);
          }

          public Kind regex(Exercise.Regex r) {
            return new RegexKind(r);
          }
        });
  }

  /**
   * How a kind is read before there is a body: its fields in a pack file and its outline. One
   * switch expression, so a new type does not compile until it is here.
   */
  static Format format(ExerciseType type) {
    return switch (type) {
      case FLASHCARD -> FlashcardKind.FORMAT;
      case CHOICE -> ChoiceKind.FORMAT;
      case TEXT -> TextKind.FORMAT;
      case CLOZE -> ClozeKind.FORMAT;
      case NUMERIC -> NumericKind.FORMAT;
      case ORDER -> OrderKind.FORMAT;
      case SQL -> SqlKind.FORMAT;
      case REGEX -> RegexKind.FORMAT;
    };
  }

  /**
   * A wrong answer one slip away from a right one, if the kind offers near misses and tolerance
   * allows.
   */
  static Optional<NearMiss> nearMiss(Exercise exercise, List<String> responses, double tolerance) {
    if (tolerance <= 0) return Optional.empty();
    return of(exercise).nearMiss(responses, tolerance);
  }

  /**
   * Guess and slip for an answer to {@code exercise}; {@code skill} is the skill's own, or null.
   */
  static BktParameters chance(BktParameters skill, Exercise exercise) {
    return of(exercise).chance(skill);
  }

  /**
   * Why progress on an exercise edited from {@code before} to {@code after} resets; empty when it
   * is kept (docs/pack-format.md, "Updating a pack").
   */
  static Optional<String> resetReason(Exercise.Body before, Exercise.Body after) {
    if (before.type() != after.type()) {
      return Optional.of(
          "type changed from " + before.type().yamlName() + " to " + after.type().yamlName());
    }
    return of(before).resetReason(after);
  }

  Exercise.Body body();

  /** False for a kind the learner rates themself (a flashcard): no grader, no hints, no :show. */
  boolean graded();

  /** How it is shown this time (the order of options or items); the seed makes it replayable. */
  Presentation present(long seed);

  /** What the learner picks from or puts in order, in the pack's order; empty when nothing. */
  List<String> items();

  /** How many answers the learner types: one per gap of a cloze, one otherwise. */
  int responses();

  /**
   * True when one answer may take several lines (SQL): at a terminal it ends with a line ending in
   * {@code ;} or with an empty line.
   */
  boolean multiLine();

  /**
   * What the verdict calls the answer it shows: "Expected", or "One correct query" when many are
   * right.
   */
  String answerLabel();

  /** Text shown under the prompt (a cloze's text with its gaps blanked), or "". */
  String text();

  /** What the learner is told to do, under the exercise at a terminal. */
  String instructions();

  /**
   * The answers to every response when the first one typed was all of them at once (a cloze's whole
   * text with its gaps filled in); empty when it is an answer to the first alone.
   */
  default Optional<List<String>> allAtOnce(String firstTyped) {
    return Optional.empty();
  }

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

  /**
   * Why a change of this key to {@code after} (a body of the same kind) resets a learner's
   * progress: when a previously right answer becomes wrong; empty when progress is kept.
   */
  Optional<String> resetReason(Exercise.Body after);

  /**
   * The kind's fields in a pack file, the prompt among them (a flashcard's is its {@code front}).
   */
  Map<String, Object> yaml(String prompt, Normalization packGrading);

  /** How typed answers are compared, or null for a kind without typed answers. */
  Normalization typedGrading();

  /** The command table the answers use, or null when they are not compared as commands. */
  CommandTable commands();

  /** The fixture the answers run against (sql), or null. */
  tutor.pack.Fixture fixture();

  /**
   * What is wrong with an {@code examples:} entry ({@code answer}: a text, or a list of texts when
   * {@code list}); none when it has the shape this kind needs: one typed answer, one per gap,
   * options or items named by their text.
   */
  List<String> exampleProblems(List<String> answer, boolean list);

  /** Warnings that only make sense for this kind ({@code what} names the exercise). */
  List<Lint> lint(String what);

  /**
   * What an outline of this exercise keeps beside its type ({@link Format#outline}); 0 and 0 for
   * most.
   */
  int[] outlineCounts();

  /** A lint warning: its rule and message. */
  record Lint(String rule, String message) {}

  /** A prompt and body read from a pack file; the body is null when the fields are wrong. */
  record Read(String prompt, Exercise.Body body) {}

  /** A kind before there is a body: what {@link #format} returns. */
  interface Format {
    /** Its fields in a pack file, beside those every exercise has. */
    List<String> fields();

    /** Reads its prompt and fields, reporting problems through {@code f}. */
    Read read(KindFields f);

    /**
     * A body in outline, enough to pick it but not to show it: blank, with {@code options} and
     * {@code correct} from {@link Kind#outlineCounts} (a choice's guess rate follows them).
     */
    Exercise.Body outline(int options, int correct);
  }

  /**
   * The JSON-lines answer shapes; a new kind picks one or adds one (then JsonLinesUi must read it).
   */
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
