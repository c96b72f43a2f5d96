package tutor.kind;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tutor.grade.AnswerKeyChange;
import tutor.grade.NearMiss;
import tutor.grade.Outcome;
import tutor.grade.Presentation;
import tutor.mastery.BktParameters;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Normalization;

/** A number within a tolerance, with an optional unit. */
public record NumericKind(Exercise.Numeric body) implements Kind {
  public static final Format FORMAT =
      new Format() {
        public List<String> fields() {
          return List.of("answer", "tolerance", "unit", "integer");
        }

        public Read read(KindFields f) {
          return new Read(f.string("prompt", true).orElse(""), readNumeric(f));
        }

        public Exercise.Body outline(int options, int correct) {
          return new Exercise.Numeric(0, 0, false, "");
        }
      };

  public boolean graded() {
    return true;
  }

  public Presentation present(long seed) {
    return new Presentation(List.of());
  }

  public List<String> items() {
    return List.of();
  }

  public boolean multiLine() {
    return false;
  }

  public String answerLabel() {
    return "Expected";
  }

  public int responses() {
    return 1;
  }

  public String text() {
    return "";
  }

  public String instructions() {
    return "Type a number" + (body.unit().isEmpty() ? "." : " (in " + body.unit() + ").");
  }

  public Outcome grade(Presentation shown, List<String> responses) {
    return numeric(body, responses.isEmpty() ? "" : responses.get(0));
  }

  public String expected(Presentation shown) {
    return expectedNumber(body);
  }

  public String key() {
    String number =
        java.math.BigDecimal.valueOf(body.answer()).stripTrailingZeros().toPlainString();
    return body.unit().isEmpty() ? number : number + " " + body.unit();
  }

  public String inWords(String answer) {
    return answer;
  }

  public Optional<NearMiss> nearMiss(List<String> responses, double tolerance) {
    return Optional.empty(); // a digit off is another number
  }

  public Map<String, Object> jsonFields(List<String> shownItems) {
    return Map.of("unit", body.unit());
  }

  public JsonAnswer jsonAnswer() {
    return JsonAnswer.NUMBER;
  }

  /** Hardly ever guessed; the default slip. */
  public BktParameters chance(BktParameters skill) {
    return TypedGuess.chance(skill, BktParameters.DEFAULT.slip());
  }

  private static Outcome numeric(Exercise.Numeric n, String typed) {
    Double value = parseNumber(typed, n.unit());
    if (value == null)
      return new Outcome.Invalid("Type a number, like 42 or 1.5 (no thousands separators).");
    double allowed = n.relative() ? n.tolerance() * Math.abs(n.answer()) : n.tolerance();
    // A hair of slack so that 0.1 + 0.2 style rounding never fails an exact answer.
    boolean correct =
        Math.abs(value - n.answer()) <= allowed + 1e-9 * Math.max(1, Math.abs(n.answer()));
    if (correct && n.integer() && !writtenAsInteger(typed, n.unit())) {
      // The value is right but its form is not: 3.0 is a real number where the program gives 3.
      return new Outcome.Graded(
          false,
          expectedNumber(n),
          "Almost: "
              + typed.strip()
              + " has the right value, but it is written as a decimal (a real number); the answer is"
              + " the integer "
              + formatNumber(n.answer())
              + ".");
    }
    return new Outcome.Graded(correct, expectedNumber(n), "");
  }

  /**
   * Whether {@code typed} writes its number without a decimal point or exponent ({@code 3}, {@code
   * three}, {@code 3 rows}), as a program prints an integer.
   */
  static boolean writtenAsInteger(String typed, String unit) {
    String s = typed.strip();
    if (!unit.isEmpty() && s.toLowerCase(Locale.ROOT).endsWith(unit.toLowerCase(Locale.ROOT))) {
      s = s.substring(0, s.length() - unit.length()).strip();
    }
    return !s.matches("(?s).*[.,].*|.*[0-9][eE][+-]?[0-9].*");
  }

  static String expectedNumber(Exercise.Numeric n) {
    String expected = formatNumber(n.answer()) + (n.unit().isEmpty() ? "" : " " + n.unit());
    if (n.tolerance() > 0) {
      expected +=
          n.relative()
              ? " (within " + formatNumber(n.tolerance() * 100) + "%)"
              : " (within " + formatNumber(n.tolerance()) + ")";
    }
    return expected;
  }

  /**
   * Reads {@code 1.5}, {@code 1,5} (a lone decimal comma), {@code -2}, {@code 1e3}, with an
   * optional trailing unit; null when it is not a number.
   */
  static Double parseNumber(String typed, String unit) {
    String s = typed.strip().replace('\u2212', '-');
    boolean unitTyped = false;
    if (!unit.isEmpty() && s.toLowerCase(Locale.ROOT).endsWith(unit.toLowerCase(Locale.ROOT))) {
      s = s.substring(0, s.length() - unit.length()).strip();
      unitTyped = true;
    }
    if (unit.isEmpty()) s = withoutCountedNoun(s);
    else s = withoutShortUnit(s, unit);
    // A word that qualifies the unit typed after it: "40 hex characters".
    if (unitTyped) s = withoutCountedNoun(s);
    Integer spelt = spelt(s);
    if (spelt != null) return (double) spelt;
    // "1,5" is a decimal comma; "1,500" could be fifteen hundred: ambiguous, so not a number.
    if (s.matches("[+-]?\\d{1,3},\\d{3}")) return null;
    if (s.indexOf(',') >= 0 && s.indexOf('.') < 0 && s.indexOf(',') == s.lastIndexOf(',')) {
      s = s.replace(',', '.');
    }
    s = s.replace("_", "");
    if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) return null;
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Words after a number that change its value: "5 thousand" is not 5. */
  private static final java.util.regex.Pattern SCALES =
      java.util.regex.Pattern.compile(
          "(?i)(k|m|g|t|kb|mb|gb|tb|kib|mib|gib|(kilo|mega|giga|tera|milli|micro|nano)\\p{L}*|hundreds?|thousands?|millions?"
              + "|billions?|trillions?|dozens?|percent|per|times|half|halves|thirds?|quarters?|tenths?|hundredths?)");

  /**
   * A count typed with the thing counted ("4 commits", "2 lines") when the exercise names no unit:
   * the number without that one trailing word of letters, unless the word scales the number.
   */
  static String withoutCountedNoun(String s) {
    int space = s.lastIndexOf(' ');
    if (space < 0) return s;
    String word = s.substring(space + 1);
    if (!word.codePoints().allMatch(Character::isLetter) || SCALES.matcher(word).matches())
      return s;
    if (spelt(word) != null) return s; // "twenty one" is a number, not twenty of something
    return s.substring(0, space).strip();
  }

  /** The unit shortened to a start of it of four letters or more ("40 chars" for characters). */
  static String withoutShortUnit(String s, String unit) {
    int space = s.lastIndexOf(' ');
    if (space < 0) return s;
    String word = s.substring(space + 1).toLowerCase(Locale.ROOT);
    String stem =
        word.endsWith("s") || word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    boolean letters = !stem.isEmpty() && stem.codePoints().allMatch(Character::isLetter);
    return letters && stem.length() >= 4 && unit.toLowerCase(Locale.ROOT).startsWith(stem)
        ? s.substring(0, space).strip()
        : s;
  }

  private static final List<String> ONES =
      List.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen");
  private static final List<String> TENS =
      List.of("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  /**
   * A whole number from zero to ninety-nine spelt in English words ("two", "forty", "twenty-one",
   * "twenty one"), or "none" for zero, as learners type counts; null for anything else.
   */
  static Integer spelt(String s) {
    String[] w = s.strip().toLowerCase(Locale.ROOT).split("[ -]+");
    if (w.length == 1 && w[0].equals("none")) return 0;
    if (w.length == 1 && ONES.contains(w[0])) return ONES.indexOf(w[0]);
    int tens = TENS.indexOf(w[0]);
    if (tens < 2 || w.length > 2) return null;
    if (w.length == 1) return tens * 10;
    int one = ONES.indexOf(w[1]);
    return one >= 1 && one <= 9 ? tens * 10 + one : null;
  }

  static String formatNumber(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }

  public Optional<String> resetReason(Exercise.Body after) {
    return AnswerKeyChange.numeric(body, (Exercise.Numeric) after);
  }

  public Map<String, Object> yaml(String prompt, Normalization packGrading) {
    Map<String, Object> m = new LinkedHashMap<>();
    KindYaml.putIf(m, "prompt", prompt);
    m.put("answer", KindYaml.number(body.answer()));
    if (body.tolerance() > 0) {
      m.put(
          "tolerance",
          body.relative()
              ? java.math.BigDecimal.valueOf(body.tolerance())
                      .movePointRight(2)
                      .stripTrailingZeros()
                      .toPlainString()
                  + "%"
              : KindYaml.number(body.tolerance()));
    }
    KindYaml.putIf(m, "unit", body.unit());
    if (body.integer()) m.put("integer", true);
    return m;
  }

  public Normalization typedGrading() {
    return null;
  }

  public tutor.pack.Fixture fixture() {
    return null;
  }

  public CommandTable commands() {
    return null;
  }

  public List<String> exampleProblems(List<String> answer, boolean list) {
    return list
        ? List.of("each example is one answer, as a learner would type it, not a list")
        : List.of();
  }

  public List<Lint> lint(String what) {
    return List.of();
  }

  public int[] outlineCounts() {
    return new int[2];
  }

  private static Exercise.Body readNumeric(KindFields f) {
    Optional<Double> answer = f.number("answer");
    if (answer.isEmpty() && !f.has("answer")) f.error(null, "missing field 'answer'");
    double tolerance = 0;
    boolean relative = false;
    Optional<String> written = f.scalar("tolerance");
    if (written.isPresent() && written.get().strip().endsWith("%")) {
      String pct = written.get().strip();
      try {
        tolerance = Double.parseDouble(pct.substring(0, pct.length() - 1).strip()) / 100.0;
        relative = true;
      } catch (NumberFormatException e) {
        f.error("tolerance", "tolerance '" + pct + "' should be a number or a percentage like 5%");
      }
    } else {
      tolerance = f.number("tolerance").orElse(0.0);
    }
    // An explicit tolerance of 0 or less leaves no answer a learner could type for a non-whole
    // number; "exact" is what leaving it out means.
    if (f.has("tolerance") && tolerance <= 0) {
      f.error("tolerance", "tolerance must be more than 0 (leave it out for an exact answer)");
    }
    boolean integer = f.bool("integer").orElse(false);
    if (integer && answer.isPresent() && answer.get() != Math.rint(answer.get())) {
      f.error("integer", "integer: true needs a whole number as the answer");
    }
    if (integer && tolerance > 0) {
      f.error("integer", "integer: true asks for the exact integer: leave tolerance out");
    }
    if (answer.isEmpty()) return null;
    return new Exercise.Numeric(
        answer.get(), Math.max(0, tolerance), relative, f.string("unit", ""), integer);
  }
}
