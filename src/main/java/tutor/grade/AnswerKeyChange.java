package tutor.grade;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;

/**
 * Whether an edit of an exercise changes what is graded right, so that a learner's progress on it
 * means nothing any more. Only a change that makes a previously right answer wrong (or, for keys
 * that are a set, a wrong one right) resets; wording, the order of options and added alternatives
 * keep progress. See docs/pack-format.md, "Updating a pack". Each kind ({@code tutor.kind}) says
 * which rule applies to it; a new kind adds its rule here or in its class.
 */
public final class AnswerKeyChange {
  /**
   * Texts are compared as forgivingly as any grading flag allows: flags change how, not what, is
   * asked.
   */
  private static final Normalization LOOSE = Normalization.DEFAULT;

  private AnswerKeyChange() {}

  /**
   * A flashcard is graded by the learner against its back: a new back resets, a fixed typo does not
   * (at most one letter edit in a back of 4 to 7 letters, two from 8; never a digit or a sign).
   */
  public static Optional<String> flashcard(Exercise.Flashcard a, Exercise.Flashcard b) {
    String x = loose(a.back());
    String y = loose(b.back());
    if (x.equals(y)) return Optional.empty();
    int edits = EditDistance.letterEdits(x, y);
    int allowed = Math.min(2, Math.min(x.length(), y.length()) / 4);
    return edits <= allowed ? Optional.empty() : Optional.of("the back changed");
  }

  /**
   * Options are compared by text, not position: reordering (shuffled or not) or a new distractor
   * keeps progress.
   */
  public static Optional<String> choice(Exercise.Choice a, Exercise.Choice b) {
    Set<String> rightBefore = correctTexts(a);
    Set<String> rightAfter = correctTexts(b);
    if (!rightBefore.equals(rightAfter)) return Optional.of("the correct options changed");
    if (a.multiple() != b.multiple()) return Optional.of("the number of correct options changed");
    return Optional.empty();
  }

  private static Set<String> correctTexts(Exercise.Choice c) {
    Set<String> out = new HashSet<>();
    for (int i : c.correct()) out.add(loose(c.options().get(i)));
    return out;
  }

  /**
   * Every answer accepted before must still be accepted (by an answer or the regex); more answers,
   * a new regex or other grading options (case, accents, punctuation, spaces, {@code match:
   * command} and its table) keep progress: they say how forgivingly answers are compared, not what
   * they are. A regex removed or rewritten resets: what it accepted cannot be listed.
   */
  public static Optional<String> text(Exercise.Text a, Exercise.Text b) {
    if (a.regex() != null && !a.regex().equals(b.regex()))
      return Optional.of("the accepted pattern changed");
    for (String answer : a.answers()) {
      if (!accepts(b.answers(), b.regex(), answer)) {
        return Optional.of("the answer '" + answer + "' is no longer accepted");
      }
    }
    return Optional.empty();
  }

  private static boolean accepts(List<String> answers, String regex, String typed) {
    for (String key : answers) if (TextMatch.matches(typed, key, LOOSE)) return true;
    if (regex == null) return false;
    try {
      return TextMatch.matchesRegex(typed, regex, LOOSE);
    } catch (RuntimeException badPattern) {
      return false; // validation refuses bad patterns; here a doubt resets
    }
  }

  public static Optional<String> cloze(Exercise.Cloze a, Exercise.Cloze b) {
    if (a.gaps().size() != b.gaps().size()) {
      return Optional.of("gaps went from " + a.gaps().size() + " to " + b.gaps().size());
    }
    if (a.anyOrder() && !b.anyOrder()) return Optional.of("gaps must now be answered in order");
    for (int i = 0; i < a.gaps().size(); i++) {
      Gap before = a.gaps().get(i);
      Gap after = b.gaps().get(i);
      for (String alt : before.alternatives()) {
        if (!accepts(after.alternatives(), null, alt)) {
          return Optional.of("gap " + (i + 1) + " no longer accepts '" + alt + "'");
        }
      }
    }
    return Optional.empty();
  }

  /** Every number right before must still be right: the new range must hold the old one. */
  public static Optional<String> numeric(Exercise.Numeric a, Exercise.Numeric b) {
    if (!loose(a.unit()).equals(loose(b.unit()))) return Optional.of("the unit changed");
    // A decimal form credited before may be wrong now: a right answer may have been 3.0.
    if (b.integer() && !a.integer()) return Optional.of("decimal forms are no longer accepted");
    double[] before = range(a);
    double[] after = range(b);
    if (before[0] < after[0] || before[1] > after[1])
      return Optional.of("the accepted numbers changed");
    return Optional.empty();
  }

  private static double[] range(Exercise.Numeric n) {
    double width = n.relative() ? Math.abs(n.answer()) * n.tolerance() : n.tolerance();
    return new double[] {n.answer() - width, n.answer() + width};
  }

  public static Optional<String> order(Exercise.Order a, Exercise.Order b) {
    List<String> x = new ArrayList<>();
    for (String s : a.items()) x.add(loose(s));
    List<String> y = new ArrayList<>();
    for (String s : b.items()) y.add(loose(s));
    return x.equals(y) ? Optional.empty() : Optional.of("the items or their order changed");
  }

  private static String loose(String s) {
    return s == null ? "" : TextMatch.normalize(s, LOOSE);
  }
}
