package tutor.pack;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The kinds of exercise, by the name authors write. Each constant says how long its attempts take;
 * everything else about a kind is in its class in {@code tutor.kind}.
 */
public enum ExerciseType {
  FLASHCARD(8_000, 10),
  CHOICE(5_000, 20),
  TEXT(8_000, 30),
  CLOZE(8_000, 30),
  NUMERIC(8_000, 30),
  ORDER(12_000, 40),
  /** Writing a query takes longer than typing a word: fast is under half a minute. */
  SQL(30_000, 120),
  REGEX(20_000, 60);

  private final long fastMillis;
  private final int secondsPerAttempt;

  ExerciseType(long fastMillis, int secondsPerAttempt) {
    this.fastMillis = fastMillis;
    this.secondsPerAttempt = secondsPerAttempt;
  }

  /**
   * Answer times under this count as fast (they include reading the prompt): a right answer is
   * Easy.
   */
  public long fastMillis() {
    return fastMillis;
  }

  /**
   * Seconds a learner spends on one attempt: reading the prompt, answering, reading the feedback.
   * Rough figures, in line with {@link #fastMillis}; pack stats estimate study time with them.
   */
  public int secondsPerAttempt() {
    return secondsPerAttempt;
  }

  /** The name authors write in YAML. */
  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ExerciseType> fromYaml(String name) {
    return Arrays.stream(values()).filter(t -> t.yamlName().equals(name)).findFirst();
  }

  public static String allNames() {
    return Arrays.stream(values()).map(ExerciseType::yamlName).collect(Collectors.joining(", "));
  }
}
