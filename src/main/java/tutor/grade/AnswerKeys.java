package tutor.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tutor.pack.Exercise;
import tutor.pack.Gap;

/**
 * What kinds ({@code tutor.kind}) and near misses share when they grade: a typed answer against a
 * key, a cloze gap, option numbers. Pure.
 */
public final class AnswerKeys {
  private AnswerKeys() {}

  private static final Pattern SEPARATORS = Pattern.compile("[\\s,;]+");

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

  /**
   * Whether {@code typed} is right for gap {@code g}: one of its alternatives as text, or, for a
   * cloze whose text is a command, the same command as with one of them (the other gaps filled with
   * their first alternatives).
   */
  public static boolean gapMatches(Exercise.Cloze c, int g, String typed) {
    Gap gap = c.gaps().get(g);
    if (gap.alternatives().stream().anyMatch(a -> TextMatch.matches(typed, a, c.normalization())))
      return true;
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

  /** More combinations of gap alternatives than this are not tried against a whole command. */
  private static final int MAX_WHOLE_COMMANDS = 256;

  /**
   * What each gap holds when {@code typed} is not an answer to the first gap but the whole text
   * with its gaps filled in (a learner asked for {@code cut [1]____ ':' [2]____ /etc/passwd} types
   * the whole command): the text around the gaps as written (spaces may differ), or, for a command,
   * the same command as the text filled with some of its gaps' alternatives. Empty otherwise, and
   * for a text that is nothing but gaps (a gap's answer cannot be told from the whole).
   */
  public static Optional<List<String>> wholeText(Exercise.Cloze c, String typed) {
    if (c.gaps().isEmpty() || typed.isBlank() || gapMatches(c, 0, typed)) return Optional.empty();
    List<String> around = Gap.around(c.text());
    if (around.stream().allMatch(String::isBlank)) return Optional.empty();
    StringBuilder regex = new StringBuilder("\\s*");
    for (int i = 0; i < around.size(); i++) {
      if (i > 0) regex.append("(.+?)");
      for (String part : around.get(i).split("(?<=\\S)(?=\\s)|(?<=\\s)(?=\\S)")) {
        if (!part.isEmpty()) regex.append(part.isBlank() ? "\\s+" : Pattern.quote(part));
      }
    }
    regex.append("\\s*");
    java.util.regex.Matcher m = Pattern.compile(regex.toString()).matcher(typed);
    if (m.matches()) {
      List<String> fills = new ArrayList<>();
      for (int g = 1; g <= m.groupCount(); g++) fills.add(m.group(g).strip());
      if (fills.stream().noneMatch(String::isBlank)) return Optional.of(fills);
    }
    if (!c.commandAnswers() || !CommandMatch.parses(typed)) return Optional.empty();
    List<List<String>> combos = new ArrayList<>(List.of(List.of()));
    for (Gap gap : c.gaps()) {
      List<List<String>> longer = new ArrayList<>();
      for (List<String> combo : combos) {
        for (String alternative : gap.alternatives()) {
          List<String> next = new ArrayList<>(combo);
          next.add(alternative);
          longer.add(next);
        }
      }
      if (longer.size() > MAX_WHOLE_COMMANDS) return Optional.empty();
      combos = longer;
    }
    for (List<String> fills : combos) {
      String key = Gap.filledWith(c.text(), fills);
      if (CommandMatch.parses(key) && CommandMatch.matches(typed, key, c.commands())) {
        return Optional.of(fills);
      }
    }
    return Optional.empty();
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

  /** 1-based option numbers, or null when the input is not a list of numbers from 1 to n. */
  public static List<Integer> positions(String typed, int n) {
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
}
