package tutor.grade;

import java.util.ArrayList;
import java.util.List;
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
