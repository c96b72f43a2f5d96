package tutor.grade;

import java.util.List;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;

/** Exercise records built directly, for grading tests. */
final class Exercises {
  private Exercises() {}

  static Exercise of(Exercise.Body body) {
    return new Exercise("ex", List.of("skill"), "Prompt?", 2, List.of(), "", List.of(), body);
  }

  static Exercise text(Normalization n, String... answers) {
    return of(new Exercise.Text(List.of(answers), null, n));
  }

  static Exercise text(String... answers) {
    return text(Normalization.DEFAULT, answers);
  }

  static Exercise textWithRegex(String regex, String... answers) {
    return of(new Exercise.Text(List.of(answers), regex, Normalization.DEFAULT));
  }

  static Exercise cloze(String text) {
    return cloze(text, Normalization.DEFAULT);
  }

  static Exercise cloze(String text, Normalization n) {
    return of(new Exercise.Cloze(text, Gap.parse(text), n));
  }

  static Exercise choice(List<String> options, List<Integer> correct, boolean shuffle) {
    return of(new Exercise.Choice(options, correct, shuffle));
  }

  static Exercise numeric(double answer, double tolerance, boolean relative, String unit) {
    return of(new Exercise.Numeric(answer, tolerance, relative, unit));
  }

  static Exercise order(String... items) {
    return of(new Exercise.Order(List.of(items)));
  }

  static Normalization caseSensitive() {
    return new Normalization(true, false, false, false);
  }

  static Normalization accentSensitive() {
    return new Normalization(false, true, false, false);
  }

  static Normalization punctuationSensitive() {
    return new Normalization(false, false, true, false);
  }

  static Normalization whitespaceSensitive() {
    return new Normalization(false, false, false, true);
  }
}
