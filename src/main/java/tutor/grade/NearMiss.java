package tutor.grade;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tutor.pack.Exercise;
import tutor.pack.Gap;
import tutor.pack.Normalization;

/**
 * A wrong typed answer that is one slip away from an accepted one, so the learner may count it as
 * right. Offered only where a slip cannot hide a wrong answer. Pure.
 *
 * <ul>
 *   <li>Commands ({@code match: command}): one plain word (letters only, at least four: a program
 *       name like {@code gerp}) one letter off, a swap counting as one, and nothing else different;
 *       never an option, operator, number, sign, path, glob or quoted text, never words added,
 *       removed or reordered.
 *   <li>Text: few letters differ relative to the answer's length (a swap counts as one), and only
 *       letters: a digit, sign, space or quote that differs changes the meaning. Never inside a
 *       word that is code (starting with {@code -}, or holding a sign such as {@code - * $ /}:
 *       {@code o-w} for {@code go-w} in a cloze gap), never for answers shorter than four letters.
 *   <li>Never for numbers, choices or orders.
 * </ul>
 *
 * @param typed what the learner typed, @param expected the accepted answer it is closest to (for a
 *     command: what was typed with the slip mended), @param marks a '^' under the first character
 *     of {@code expected} that differs
 */
public record NearMiss(String typed, String expected, String marks) {
  /** Up to one letter in five may differ (at least one). */
  public static final double DEFAULT_TOLERANCE = 0.2;

  static final int MIN_LENGTH = 4;
  private static final String TYPED_LABEL = "Almost: you typed ";
  private static final String EXPECTED_LABEL = "    the answer is ";

  /** A typed answer: a misspelt word of a command, or a prose answer a few letters off. */
  public static Optional<NearMiss> forText(Exercise.Text t, String typed, double tolerance) {
    if (t.commandAnswers() && CommandMatch.parses(typed)) return command(typed, t);
    return closest(typed, t.answers(), t.normalization(), tolerance);
  }

  /** A cloze with an answer per gap. */
  public static Optional<NearMiss> forCloze(
      Exercise.Cloze c, List<String> responses, double tolerance) {
    return cloze(c, responses, tolerance);
  }

  private static Optional<NearMiss> command(String typed, Exercise.Text t) {
    for (String a : t.answers()) {
      if (!CommandMatch.parses(a)) continue;
      Optional<String> fixed = CommandMatch.typo(typed, a, t.commands());
      if (fixed.isPresent()) {
        String shown = typed.strip();
        String mended = fixed.get().strip();
        return Optional.of(
            new NearMiss(shown, mended, caretAt(firstDifference(shown, mended, exact()))));
      }
    }
    return Optional.empty();
  }

  /**
   * A gap of a command: only a misspelt plain word, as for a whole command. The gap is read as a
   * command of its own, so "go-r" for "go-w" or "*.jpeg" for "*.jpg" is never a slip.
   */
  private static Optional<NearMiss> commandGap(
      String typed, List<String> alternatives, Exercise.Cloze c) {
    for (String a : alternatives) {
      Optional<String> fixed = CommandMatch.typo(typed.strip(), a, c.commands());
      if (fixed.isPresent()) return Optional.of(new NearMiss(typed.strip(), fixed.get(), ""));
    }
    return Optional.empty();
  }

  /** A near miss only when every wrong gap is near; shown for the whole answer. */
  private static Optional<NearMiss> cloze(
      Exercise.Cloze c, List<String> responses, double tolerance) {
    int n = c.gaps().size();
    // Which gap each answer is compared with: its own, or for any_order the one it fills, and the
    // gaps left over in order for the answers that fill none.
    int[] gapOf = new int[n];
    if (c.anyOrder()) {
      gapOf = AnswerKeys.gapsFilled(c, responses);
      List<Integer> free = new ArrayList<>();
      for (int g = 0; g < n; g++) {
        boolean used = false;
        for (int x : gapOf) used |= x == g;
        if (!used) free.add(g);
      }
      for (int i = 0; i < n; i++) if (gapOf[i] < 0) gapOf[i] = free.remove(0);
    } else {
      for (int i = 0; i < n; i++) gapOf[i] = i;
    }
    StringBuilder typed = new StringBuilder();
    StringBuilder expected = new StringBuilder();
    boolean anyNear = false;
    for (int i = 0; i < n; i++) {
      Gap g = c.gaps().get(gapOf[i]);
      String r = responses.get(i);
      String exp = r.strip();
      if (!AnswerKeys.gapMatches(c, gapOf[i], r)) {
        Optional<NearMiss> near =
            c.commandAnswers()
                ? commandGap(r, g.alternatives(), c)
                : closest(r, g.alternatives(), c.normalization(), tolerance);
        if (near.isEmpty()) return Optional.empty();
        anyNear = true;
        exp = near.get().expected();
      }
      if (i > 0) {
        typed.append(" | ");
        expected.append(" | ");
      }
      typed.append(r.strip());
      expected.append(exp);
    }
    if (!anyNear) return Optional.empty();
    return Optional.of(
        new NearMiss(
            typed.toString(),
            expected.toString(),
            caretAt(firstDifference(typed.toString(), expected.toString(), c.normalization()))));
  }

  private static Optional<NearMiss> closest(
      String typed, List<String> answers, Normalization n, double tolerance) {
    String t = TextMatch.normalize(typed, n);
    NearMiss best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String a : answers) {
      String k = TextMatch.normalize(a, n);
      int length = k.codePointCount(0, k.length());
      if (length < MIN_LENGTH || t.equals(k)) continue;
      int d = EditDistance.letterEdits(t, k);
      int allowed = Math.max(1, (int) Math.floor(length * tolerance));
      if (d <= allowed
          && d <= allowedInWord(t, k, tolerance)
          && d < bestDistance
          && oneWord(t, k)
          && !changesAnOption(t, k)
          && slipOfTheWord(t, k)) {
        bestDistance = d;
        String shown = typed.strip();
        best = new NearMiss(shown, a, caretAt(firstDifference(shown, a, n)));
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The edits allowed in the key's word where the letters differ, by that word's length: in a long
   * answer, two letters off in a short word make another word ({@code NONE EXISTS} for {@code NOT
   * EXISTS}), not a slip.
   */
  private static int allowedInWord(String typed, String key, double tolerance) {
    Differ d = Differ.of(typed, key);
    int p = d.prefix();
    int q = d.suffix();
    int start = key.lastIndexOf(' ', Math.max(0, Math.min(p, key.length()) - 1)) + 1;
    if (p == 0) start = 0;
    int end = key.indexOf(' ', Math.max(start, key.length() - q - 1));
    if (end < 0) end = key.length();
    String word = key.substring(start, Math.max(start, end));
    int length = word.codePointCount(0, word.length());
    return Math.max(1, (int) Math.floor(length * tolerance));
  }

  /**
   * Whether the word the letters differ in was mistyped rather than replaced: for a name (a word
   * holding a sign, see {@link #isName}), not a plural of the key's word or the key's word of a
   * plural ({@code .gitignores}, {@code before_price} for {@code before_prices}: a name
   * misremembered, as for commands), and in a word shorter than {@value #MIN_LENGTH} letters only
   * two neighbours swapped ({@code NTO} for {@code NOT}, never {@code NO} or {@code NOR}, which are
   * other words).
   */
  private static boolean slipOfTheWord(String typed, String key) {
    Differ d = Differ.of(typed, key);
    String t = wordAround(typed, d);
    String k = wordAround(key, d);
    if ((t.equals(k + "s") || k.equals(t + "s")) && isName(k)) return false;
    if (k.codePointCount(0, k.length()) >= MIN_LENGTH) return true;
    return t.length() == k.length()
        && EditDistance.withTranspositions(t, k) == 1
        && !t.equals(k)
        && sorted(t).equals(sorted(k));
  }

  /**
   * A word that names a file or an identifier rather than a prose word: it holds a character other
   * than a letter ({@code .gitignore}, {@code before_prices}). A prose word one letter short
   * ({@code Pari} for {@code Paris}) is still a slip.
   */
  private static boolean isName(String word) {
    return !word.codePoints().allMatch(Character::isLetter);
  }

  private static String sorted(String s) {
    return s.codePoints()
        .sorted()
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
        .toString();
  }

  /** The word of {@code s} (between spaces) that holds where it differs from the other text. */
  private static String wordAround(String s, Differ d) {
    int p = Math.min(d.prefix(), s.length());
    int start = p == 0 ? 0 : s.lastIndexOf(' ', p - 1) + 1;
    int end = s.indexOf(' ', Math.max(start, Math.min(s.length(), s.length() - d.suffix())));
    if (end < 0) end = s.length();
    // A difference that is a space itself spans two words: take what lies between them.
    return s.substring(start, Math.max(start, end));
  }

  /**
   * Whether the letters that differ lie within one word: a slip is one word mistyped, not letters
   * changed here and there ({@code tr 'a-z' 'A-Z'} for {@code tr 'A-Z' 'a-z'}).
   */
  private static boolean oneWord(String typed, String key) {
    Differ d = Differ.of(typed, key);
    int p = d.prefix();
    int q = d.suffix();
    return typed.substring(p, typed.length() - q).indexOf(' ') < 0
        && key.substring(p, key.length() - q).indexOf(' ') < 0;
  }

  /**
   * Signs that make a word code rather than prose: an option ({@code -d}), a mode ({@code go-w}), a
   * glob ({@code *.jpg}), a variable ({@code $PATH}), a path ({@code src/}). A letter off there
   * changes what it means ({@code o-w} for {@code go-w}, {@code *.jpeg} for {@code *.jpg}).
   */
  private static final String CODE_SIGNS = "-+=*?[]{}$/\\|&<>~!%^#@:,;`";

  /**
   * Whether the letters that differ lie in a word that is code: one starting with '-' (an option
   * such as -d or -m) or holding one of {@link #CODE_SIGNS}.
   */
  private static boolean changesAnOption(String typed, String key) {
    Differ d = Differ.of(typed, key);
    int p = d.prefix();
    int q = d.suffix();
    for (String s : List.of(typed, key)) {
      int end = Math.max(p, s.length() - q);
      int start = s.lastIndexOf(' ', p - 1) + 1; // the start of the word the first difference is in
      for (int w = start; w < Math.max(end, start + 1) && w < s.length(); w++) {
        if ((w == start || s.charAt(w - 1) == ' ') && s.charAt(w) == '-') return true;
      }
      int stop = s.indexOf(' ', Math.max(end - 1, start));
      String word = s.substring(start, stop < 0 ? s.length() : stop);
      if (word.chars().anyMatch(c -> CODE_SIGNS.indexOf(c) >= 0)) return true;
    }
    return false;
  }

  private static Normalization exact() {
    return new Normalization(true, true, true, false);
  }

  /**
   * The column (in code points) of the first character of {@code expected} that differs from {@code
   * typed}, where only differences that count under {@code n} are differences: case and accents
   * when insensitive, runs of spaces when not whitespace-sensitive.
   */
  static int firstDifference(String typed, String expected, Normalization n) {
    int[] x = typed.codePoints().toArray();
    int[] y = expected.codePoints().toArray();
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (!n.whitespaceSensitive()
          && Character.isWhitespace(x[i])
          && Character.isWhitespace(y[j])) {
        while (i < x.length && Character.isWhitespace(x[i])) i++;
        while (j < y.length && Character.isWhitespace(y[j])) j++;
        continue;
      }
      if (!same(x[i], y[j], n)) break;
      i++;
      j++;
    }
    return j;
  }

  private static boolean same(int a, int b, Normalization n) {
    if (a == b) return true;
    String s = Character.toString(a);
    String t = Character.toString(b);
    if (!n.accentSensitive()) {
      s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
      t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    }
    if (!n.caseSensitive()) {
      s = s.toLowerCase(Locale.ROOT);
      t = t.toLowerCase(Locale.ROOT);
    }
    return s.equals(t);
  }

  private static String caretAt(int column) {
    return " ".repeat(column) + "^";
  }

  /** The column of the caret under {@link #expected}. */
  public int caret() {
    return marks.indexOf('^');
  }

  /**
   * The near miss as lines at most {@code width} columns wide: what was typed, the answer, and a
   * caret under the answer's first differing character. Long answers are cut into pieces that fit,
   * the caret under the piece it points into, so that a terminal never wraps them itself.
   */
  public List<String> lines(int width) {
    int indent = TYPED_LABEL.length();
    // One column spare: some terminals wrap a line that fills the last column.
    int room = Math.max(10, width - indent - 1);
    List<String> out = new ArrayList<>();
    int[] t = typed.codePoints().toArray();
    List<int[]> typedPieces = pieces(t, room);
    for (int k = 0; k < typedPieces.size(); k++) {
      int[] p = typedPieces.get(k);
      out.add(
          (k == 0 ? TYPED_LABEL : " ".repeat(indent))
              + new String(t, p[0], p[1] - p[0]).stripTrailing());
    }
    int[] e = expected.codePoints().toArray();
    List<int[]> expectedPieces = pieces(e, room);
    int caret = Math.max(0, caret());
    boolean shown = false;
    for (int k = 0; k < expectedPieces.size(); k++) {
      int[] p = expectedPieces.get(k);
      out.add(
          (k == 0 ? EXPECTED_LABEL : " ".repeat(indent))
              + new String(e, p[0], p[1] - p[0]).stripTrailing());
      boolean last = k == expectedPieces.size() - 1;
      if (!shown && (caret < p[1] || last)) {
        out.add(" ".repeat(indent + Math.min(caret - p[0], room)) + "^");
        shown = true;
      }
    }
    return out;
  }

  /**
   * Where to cut a line of code points into pieces of at most {@code room}: after a space when
   * there is one in the piece, else anywhere. Each piece is {start, end}.
   */
  private static List<int[]> pieces(int[] cps, int room) {
    List<int[]> out = new ArrayList<>();
    int from = 0;
    while (cps.length - from > room) {
      int cut = from + room;
      for (int k = from + room - 1; k > from; k--) {
        if (cps[k] == ' ') {
          cut = k + 1;
          break;
        }
      }
      out.add(new int[] {from, cut});
      from = cut;
    }
    out.add(new int[] {from, cps.length});
    return out;
  }

  /**
   * Where two texts differ: the lengths of their common prefix and of their common suffix after it.
   */
  private record Differ(int prefix, int suffix) {
    static Differ of(String typed, String key) {
      int p = 0;
      while (p < typed.length() && p < key.length() && typed.charAt(p) == key.charAt(p)) p++;
      int q = 0;
      while (q < typed.length() - p
          && q < key.length() - p
          && typed.charAt(typed.length() - 1 - q) == key.charAt(key.length() - 1 - q)) {
        q++;
      }
      return new Differ(p, q);
    }
  }
}
