package tutor.grade;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tutor.pack.Exercise;
import tutor.pack.Gap;

/** The graders of every auto-graded exercise type. */
public final class AnswerGrader implements Grader {
  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

  @Override
  public Outcome grade(Exercise exercise, Presentation shown, List<String> responses) {
    String first = responses.isEmpty() ? "" : responses.get(0);
    Exercise.Body body = exercise.body();
    if (body instanceof Exercise.Choice c) return choice(c, shown, first);
    if (body instanceof Exercise.Text t) return text(t, first);
    if (body instanceof Exercise.Cloze c) return cloze(c, responses);
    if (body instanceof Exercise.Numeric n) return numeric(n, first);
    if (body instanceof Exercise.Order o) return order(o, shown, first);
    throw new IllegalArgumentException("a " + exercise.type().yamlName() + " is not auto-graded");
  }

  private static Outcome choice(Exercise.Choice c, Presentation shown, String typed) {
    int n = c.options().size();
    List<Integer> picked = positions(typed, n);
    if (picked == null && !typed.isBlank()) {
      ChoiceText.Reading r = ChoiceText.read(shown.shown(c.options()), typed);
      if (r instanceof ChoiceText.Picked p) picked = p.positions();
      else if (((ChoiceText.Problem) r).message() != null) return new Outcome.Invalid(((ChoiceText.Problem) r).message());
    }
    if (picked == null) {
      return new Outcome.Invalid(c.multiple()
          ? "Type the numbers of every correct option (1-" + n + "), e.g. 1 3, or their texts separated by ;"
          : "Type the number of your choice (1-" + n + "), or the start of its text");
    }
    if (!c.multiple() && picked.size() != 1) {
      return new Outcome.Invalid("Choose one option (1-" + n + ")");
    }
    Set<Integer> chosen = new HashSet<>();
    for (int position : picked) chosen.add(shown.order().get(position - 1));
    boolean correct = chosen.equals(new HashSet<>(c.correct()));
    return new Outcome.Graded(correct, expectedChoice(c, shown), "");
  }

  private static String expectedChoice(Exercise.Choice c, Presentation shown) {
    List<Integer> correctIndices = new ArrayList<>(c.correct());
    correctIndices.sort(java.util.Comparator.comparingInt(shown::positionOf));
    List<String> expected = new ArrayList<>();
    for (int i : correctIndices) expected.add(shown.positionOf(i) + ") " + c.options().get(i));
    return String.join(", ", expected);
  }

  private static Outcome text(Exercise.Text t, String typed) {
    if (typed.isBlank()) return new Outcome.Invalid("Type an answer (or ? for a hint)");
    boolean correct = t.answers().stream().anyMatch(a -> textMatches(t, typed, a))
        || (t.regex() != null && TextMatch.matchesRegex(typed, t.regex(), t.normalization()));
    return new Outcome.Graded(correct, t.answers().get(0), "");
  }

  /**
   * One typed answer against one accepted answer: as commands when the exercise says so (and both
   * are complete commands: an open quote is compared as text), else as text.
   */
  public static boolean textMatches(Exercise.Text t, String typed, String answer) {
    if (t.commandAnswers() && CommandMatch.parses(typed) && CommandMatch.parses(answer)) {
      return CommandMatch.matches(typed, answer, t.commands());
    }
    return TextMatch.matches(typed, answer, t.normalization());
  }

  private static Outcome cloze(Exercise.Cloze c, List<String> typed) {
    if (typed.size() != c.gaps().size()) {
      return new Outcome.Invalid("Fill all " + c.gaps().size() + " gaps");
    }
    List<String> wrong = new ArrayList<>();
    if (c.anyOrder()) {
      int[] gapOf = gapsFilled(c, typed);
      List<String> open = new ArrayList<>();
      for (int g = 0; g < c.gaps().size(); g++) {
        boolean filled = false;
        for (int x : gapOf) filled |= x == g;
        if (!filled) open.add(c.gaps().get(g).expected());
      }
      for (int i = 0; i < typed.size(); i++) {
        if (gapOf[i] < 0) wrong.add("'" + typed.get(i).strip() + "' fills no gap");
      }
      if (!wrong.isEmpty()) wrong.add("missing: '" + String.join("', '", open) + "'");
      return new Outcome.Graded(wrong.isEmpty(), Gap.filled(c.text()), String.join("; ", wrong));
    }
    for (int i = 0; i < c.gaps().size(); i++) {
      Gap gap = c.gaps().get(i);
      String answer = typed.get(i);
      if (!gapMatches(c, i, answer)) {
        wrong.add("gap " + (i + 1) + ": '" + answer.strip() + "' should be '" + gap.expected() + "'");
      }
    }
    return new Outcome.Graded(wrong.isEmpty(), Gap.filled(c.text()), String.join("; ", wrong));
  }

  /**
   * Whether {@code typed} is right for gap {@code g}: one of its alternatives as text, or, for a
   * cloze whose text is a command, the same command as with one of them (the other gaps filled with
   * their first alternatives).
   */
  public static boolean gapMatches(Exercise.Cloze c, int g, String typed) {
    Gap gap = c.gaps().get(g);
    if (gap.alternatives().stream().anyMatch(a -> TextMatch.matches(typed, a, c.normalization()))) return true;
    if (!c.commandAnswers()) return false;
    List<String> fills = new ArrayList<>();
    for (Gap x : c.gaps()) fills.add(x.expected());
    fills.set(g, typed);
    String line = Gap.filledWith(c.text(), fills);
    if (!CommandMatch.parses(line)) return false;
    for (String a : gap.alternatives()) {
      fills.set(g, a);
      String key = Gap.filledWith(c.text(), fills);
      if (CommandMatch.parses(key) && CommandMatch.matches(line, key, c.commands())) return true;
    }
    return false;
  }

  /**
   * For a cloze whose gaps may be filled in any order: the gap each typed answer fills, or -1, with
   * as many answers placed as possible and each gap filled at most once (a bipartite matching;
   * clozes have a handful of gaps).
   */
  public static int[] gapsFilled(Exercise.Cloze c, List<String> typed) {
    int n = typed.size();
    int gaps = c.gaps().size();
    boolean[][] fits = new boolean[n][gaps];
    for (int i = 0; i < n; i++) {
      for (int g = 0; g < gaps; g++) fits[i][g] = gapMatches(c, g, typed.get(i));
    }
    int[] answerIn = new int[gaps];
    java.util.Arrays.fill(answerIn, -1);
    for (int i = 0; i < n; i++) place(i, fits, answerIn, new boolean[gaps]);
    int[] gapOf = new int[n];
    java.util.Arrays.fill(gapOf, -1);
    for (int g = 0; g < gaps; g++) if (answerIn[g] >= 0) gapOf[answerIn[g]] = g;
    return gapOf;
  }

  /** Kuhn's augmenting path: places answer {@code i}, moving earlier ones if that frees a gap. */
  private static boolean place(int i, boolean[][] fits, int[] answerIn, boolean[] tried) {
    for (int g = 0; g < answerIn.length; g++) {
      if (!fits[i][g] || tried[g]) continue;
      tried[g] = true;
      if (answerIn[g] < 0 || place(answerIn[g], fits, answerIn, tried)) {
        answerIn[g] = i;
        return true;
      }
    }
    return false;
  }

  private static Outcome numeric(Exercise.Numeric n, String typed) {
    Double value = parseNumber(typed, n.unit());
    if (value == null) return new Outcome.Invalid("Type a number, like 42 or 1.5 (no thousands separators)");
    double allowed = n.relative() ? n.tolerance() * Math.abs(n.answer()) : n.tolerance();
    // A hair of slack so that 0.1 + 0.2 style rounding never fails an exact answer.
    boolean correct = Math.abs(value - n.answer()) <= allowed + 1e-9 * Math.max(1, Math.abs(n.answer()));
    return new Outcome.Graded(correct, expectedNumber(n), "");
  }

  private static String expectedNumber(Exercise.Numeric n) {
    String expected = formatNumber(n.answer()) + (n.unit().isEmpty() ? "" : " " + n.unit());
    if (n.tolerance() > 0) {
      expected += n.relative()
          ? " (within " + formatNumber(n.tolerance() * 100) + "%)"
          : " (within " + formatNumber(n.tolerance()) + ")";
    }
    return expected;
  }

  private static Outcome order(Exercise.Order o, Presentation shown, String typed) {
    int n = o.items().size();
    List<Integer> picked = positions(typed, n);
    if (picked == null || picked.size() != n || new HashSet<>(picked).size() != n) {
      return new Outcome.Invalid("Type all " + n + " numbers in the right order, e.g. "
          + exampleOrder(n));
    }
    boolean correct = true;
    for (int i = 0; i < n; i++) {
      if (shown.order().get(picked.get(i) - 1) != i) correct = false;
    }
    return new Outcome.Graded(correct, expectedOrder(o, shown), "");
  }

  private static String expectedOrder(Exercise.Order o, Presentation shown) {
    List<String> expectedPositions = new ArrayList<>();
    for (int i = 0; i < o.items().size(); i++) expectedPositions.add(Integer.toString(shown.positionOf(i)));
    return String.join(" ", expectedPositions) + ": " + String.join(" → ", o.items());
  }

  @Override
  public String expected(Exercise exercise, Presentation shown) {
    Exercise.Body body = exercise.body();
    if (body instanceof Exercise.Choice c) return expectedChoice(c, shown);
    if (body instanceof Exercise.Text t) return t.answers().get(0);
    if (body instanceof Exercise.Cloze c) return Gap.filled(c.text());
    if (body instanceof Exercise.Numeric n) return expectedNumber(n);
    if (body instanceof Exercise.Order o) return expectedOrder(o, shown);
    if (body instanceof Exercise.Flashcard f) return f.back();
    throw new IllegalArgumentException("no expected answer for a " + exercise.type().yamlName());
  }

  /** 1-based option numbers, or null when the input is not a list of numbers from 1 to n. */
  private static List<Integer> positions(String typed, int n) {
    String s = typed.strip();
    if (s.isEmpty()) return null;
    List<Integer> out = new ArrayList<>();
    for (String token : SEPARATORS.split(s)) {
      if (token.isEmpty()) continue;
      try {
        int v = Integer.parseInt(token);
        if (v < 1 || v > n) return null;
        if (!out.contains(v)) out.add(v);
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return out.isEmpty() ? null : out;
  }

  private static String exampleOrder(int n) {
    List<String> out = new ArrayList<>();
    for (int i = n; i >= 1; i--) out.add(Integer.toString(i));
    return String.join(" ", out);
  }

  /**
   * Reads {@code 1.5}, {@code 1,5} (a lone decimal comma), {@code -2}, {@code 1e3}, with an
   * optional trailing unit; null when it is not a number.
   */
  static Double parseNumber(String typed, String unit) {
    String s = typed.strip().replace('\u2212', '-');
    if (!unit.isEmpty() && s.toLowerCase(Locale.ROOT).endsWith(unit.toLowerCase(Locale.ROOT))) {
      s = s.substring(0, s.length() - unit.length()).strip();
    }
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

  static String formatNumber(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e15) return Long.toString((long) d);
    return java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
  }
}
