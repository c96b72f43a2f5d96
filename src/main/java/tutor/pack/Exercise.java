package tutor.pack;

import java.util.List;

/**
 * One exercise. The fields every type shares live here; what differs per type lives in {@link
 * Body}. {@code prompt} is the question (for a flashcard, its front). {@code media} are images and
 * sounds shown with the prompt, as paths inside the pack ({@code media/x.png}).
 */
public record Exercise(
    String id,
    List<String> skills,
    String prompt,
    int difficulty,
    List<String> hints,
    String explanation,
    List<String> tags,
    Body body,
    List<String> media) {

  public static final int DEFAULT_DIFFICULTY = 2;

  public Exercise {
    skills = List.copyOf(skills);
    hints = List.copyOf(hints);
    tags = List.copyOf(tags);
    media = media == null ? List.of() : List.copyOf(media);
  }

  /** An exercise without media. */
  public Exercise(
      String id,
      List<String> skills,
      String prompt,
      int difficulty,
      List<String> hints,
      String explanation,
      List<String> tags,
      Body body) {
    this(id, skills, prompt, difficulty, hints, explanation, tags, body, List.of());
  }

  /** This exercise shown with {@code media} instead. */
  public Exercise withMedia(List<String> media) {
    return new Exercise(id, skills, prompt, difficulty, hints, explanation, tags, body, media);
  }

  public ExerciseType type() {
    return body.type();
  }

  /**
   * What differs between exercise types. Code that depends on the kind goes through {@link #accept}
   * (or the kind's class in {@code tutor.kind}), never an {@code instanceof} chain: a new kind adds
   * a method to {@link Cases}, so every place that must handle it fails to compile.
   */
  public sealed interface Body {
    ExerciseType type();

    /** Calls the one method of {@code cases} for this kind. */
    <R> R accept(Cases<R> cases);
  }

  /** One method per kind: Java 17's exhaustive switch over {@link Body}. */
  public interface Cases<R> {
    R flashcard(Flashcard f);

    R choice(Choice c);

    R text(Text t);

    R cloze(Cloze c);

    R numeric(Numeric n);

    R order(Order o);

    R sql(Sql s);

    R regex(Regex r);
  }

  /** Recall the back, then rate yourself. */
  public record Flashcard(String back) implements Body {
    public ExerciseType type() {
      return ExerciseType.FLASHCARD;
    }

    public <R> R accept(Cases<R> cases) {
      return cases.flashcard(this);
    }
  }

  /** Pick the correct option(s); {@code correct} holds indices into {@code options}. */
  public record Choice(List<String> options, List<Integer> correct, boolean shuffle)
      implements Body {
    public Choice {
      options = List.copyOf(options);
      correct = List.copyOf(correct);
    }

    public ExerciseType type() {
      return ExerciseType.CHOICE;
    }

    public <R> R accept(Cases<R> cases) {
      return cases.choice(this);
    }

    public boolean multiple() {
      return correct.size() > 1;
    }
  }

  /**
   * A typed answer: any of {@code answers}, or a whole-answer match of {@code regex}. With {@code
   * commands} (null for text answers) answers are shell commands, compared as commands with what
   * the table says about their programs ({@code match: command}).
   */
  public record Text(
      List<String> answers, String regex, Normalization normalization, CommandTable commands)
      implements Body {
    public Text {
      answers = List.copyOf(answers);
    }

    /** Answers compared as text. */
    public Text(List<String> answers, String regex, Normalization normalization) {
      this(answers, regex, normalization, null);
    }

    /** True when answers are compared as commands. */
    public boolean commandAnswers() {
      return commands != null;
    }

    public ExerciseType type() {
      return ExerciseType.TEXT;
    }

    public <R> R accept(Cases<R> cases) {
      return cases.text(this);
    }
  }

  /**
   * A text with gaps; each gap accepts any of its alternatives. With {@code anyOrder} the answers
   * may be typed in any order, each filling a different gap. With {@code commands} (null for text)
   * the text is a command: a gap is also right when the command it makes is the same command as
   * with one of its alternatives.
   */
  public record Cloze(
      String text,
      List<Gap> gaps,
      Normalization normalization,
      boolean anyOrder,
      CommandTable commands)
      implements Body {
    public Cloze {
      gaps = List.copyOf(gaps);
    }

    /** Gaps answered in their order. */
    public Cloze(String text, List<Gap> gaps, Normalization normalization) {
      this(text, gaps, normalization, false, null);
    }

    public Cloze(String text, List<Gap> gaps, Normalization normalization, boolean anyOrder) {
      this(text, gaps, normalization, anyOrder, null);
    }

    /** True when the text is compared as a command. */
    public boolean commandAnswers() {
      return commands != null;
    }

    public ExerciseType type() {
      return ExerciseType.CLOZE;
    }

    public <R> R accept(Cases<R> cases) {
      return cases.cloze(this);
    }
  }

  /**
   * A number; {@code tolerance} is absolute, or a fraction of the answer when relative. With {@code
   * integer}, the answer is an integer as a program prints it, so a form with a decimal point or an
   * exponent ({@code 3.0} for SQLite's {@code 7 / 2}) is another value and wrong.
   */
  public record Numeric(
      double answer, double tolerance, boolean relative, String unit, boolean integer)
      implements Body {
    /** A number any written form of which is right ({@code 3}, {@code 3.0}, {@code three}). */
    public Numeric(double answer, double tolerance, boolean relative, String unit) {
      this(answer, tolerance, relative, unit, false);
    }

    public ExerciseType type() {
      return ExerciseType.NUMERIC;
    }

    public <R> R accept(Cases<R> cases) {
      return cases.numeric(this);
    }
  }

  /** Put {@code items} (given in the correct order) back in order. */
  public record Order(List<String> items) implements Body {
    public Order {
      items = List.copyOf(items);
    }

    public ExerciseType type() {
      return ExerciseType.ORDER;
    }

    public <R> R accept(Cases<R> cases) {
      return cases.order(this);
    }
  }

  /**
   * SQL run against a fixture and graded by its result: a query (SELECT, WITH) compared with the
   * reference {@code solution}'s result, or ({@code change}) a statement compared by the tables it
   * leaves, or by the result of {@code check} when there is one.
   *
   * @param check the query whose result judges a change; null to compare every table and index
   * @param ordered row order matters
   * @param columns column names and their order matter
   * @param tolerance the largest difference between two equal numbers
   * @param variants SQL scripts, each run on a copy of the fixture before the answer: the answer
   *     must agree with the reference there too. One state of the data cannot tell a guarded UPDATE
   *     from an unguarded one, or a computed value from one copied off the data.
   */
  public record Sql(
      Fixture fixture,
      String solution,
      boolean change,
      String check,
      boolean ordered,
      boolean columns,
      double tolerance,
      List<String> variants)
      implements Body {
    public Sql {
      variants = variants == null ? List.of() : List.copyOf(variants);
    }

    /** Graded on the fixture alone. */
    public Sql(
        Fixture fixture,
        String solution,
        boolean change,
        String check,
        boolean ordered,
        boolean columns,
        double tolerance) {
      this(fixture, solution, change, check, ordered, columns, tolerance, List.of());
    }

    public ExerciseType type() {
      return ExerciseType.SQL;
    }

    public <R> R accept(Cases<R> cases) {
      return cases.sql(this);
    }
  }

  /**
   * A regular expression (Java's java.util.regex) that must match every string of {@code match} and
   * {@code hiddenMatch} and none of {@code reject} and {@code hiddenReject}; the hidden ones are
   * not shown to the learner.
   *
   * @param whole the whole string must match; false: a match anywhere in it, as grep finds
   */
  public record Regex(
      String solution,
      boolean whole,
      boolean ignoreCase,
      List<String> match,
      List<String> reject,
      List<String> hiddenMatch,
      List<String> hiddenReject)
      implements Body {
    public Regex {
      match = List.copyOf(match);
      reject = List.copyOf(reject);
      hiddenMatch = List.copyOf(hiddenMatch);
      hiddenReject = List.copyOf(hiddenReject);
    }

    public ExerciseType type() {
      return ExerciseType.REGEX;
    }

    public <R> R accept(Cases<R> cases) {
      return cases.regex(this);
    }
  }
}
