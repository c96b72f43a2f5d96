package tutor.grade;

/** Edit distances over code points: Levenshtein, and Damerau's (optimal string alignment). */
public final class EditDistance {
  /** What {@link #letterEdits} gives when a character other than a letter would have to change. */
  public static final int NOT_LETTERS = Integer.MAX_VALUE;

  private EditDistance() {}

  /**
   * Damerau-Levenshtein distance (optimal string alignment): like {@link #between}, but two
   * neighbouring characters swapped ("parnet") count as one edit.
   */
  public static int withTranspositions(String a, String b) {
    return osa(a.codePoints().toArray(), b.codePoints().toArray(), false);
  }

  /**
   * Like {@link #withTranspositions}, but only letters may be added, dropped, changed or swapped;
   * {@link #NOT_LETTERS} when turning {@code a} into {@code b} needs any other character to change
   * (a digit, a sign, a space, a quote): those edits change what an answer means.
   */
  public static int letterEdits(String a, String b) {
    int d = osa(a.codePoints().toArray(), b.codePoints().toArray(), true);
    return d >= BLOCKED ? NOT_LETTERS : d;
  }

  private static final int BLOCKED = 1 << 20;

  private static int osa(int[] x, int[] y, boolean lettersOnly) {
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 1; i <= x.length; i++)
      d[i][0] = Math.min(BLOCKED, d[i - 1][0] + cost(lettersOnly, x[i - 1]));
    for (int j = 1; j <= y.length; j++)
      d[0][j] = Math.min(BLOCKED, d[0][j - 1] + cost(lettersOnly, y[j - 1]));
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int sub =
            x[i - 1] == y[j - 1]
                ? 0
                : Math.max(cost(lettersOnly, x[i - 1]), cost(lettersOnly, y[j - 1]));
        int best =
            Math.min(
                Math.min(
                    d[i - 1][j] + cost(lettersOnly, x[i - 1]),
                    d[i][j - 1] + cost(lettersOnly, y[j - 1])),
                d[i - 1][j - 1] + sub);
        if (i > 1
            && j > 1
            && x[i - 1] == y[j - 2]
            && x[i - 2] == y[j - 1]
            && x[i - 1] != x[i - 2]) {
          best =
              Math.min(
                  best,
                  d[i - 2][j - 2]
                      + Math.max(cost(lettersOnly, x[i - 1]), cost(lettersOnly, x[i - 2])));
        }
        d[i][j] = Math.min(best, BLOCKED);
      }
    }
    return d[x.length][y.length];
  }

  private static int cost(boolean lettersOnly, int codePoint) {
    return !lettersOnly || Character.isLetter(codePoint) ? 1 : BLOCKED;
  }

  public static int between(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    int[] prev = new int[y.length + 1];
    int[] cur = new int[y.length + 1];
    for (int j = 0; j <= y.length; j++) prev[j] = j;
    for (int i = 1; i <= x.length; i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length];
  }

  /**
   * A line to print under {@code expected}: '^' under each character that differs from {@code
   * typed} (substituted, missing, or next to an extra one), spaces elsewhere.
   */
  public static String marks(String typed, String expected) {
    int[] x = typed.codePoints().toArray();
    int[] y = expected.codePoints().toArray();
    int[][] d = new int[x.length + 1][y.length + 1];
    for (int i = 0; i <= x.length; i++) d[i][0] = i;
    for (int j = 0; j <= y.length; j++) d[0][j] = j;
    for (int i = 1; i <= x.length; i++) {
      for (int j = 1; j <= y.length; j++) {
        int cost = x[i - 1] == y[j - 1] ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
      }
    }
    char[] marks = new char[Math.max(1, y.length)];
    java.util.Arrays.fill(marks, ' ');
    int i = x.length;
    int j = y.length;
    while (i > 0 || j > 0) {
      if (i > 0 && j > 0 && d[i][j] == d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1)) {
        if (x[i - 1] != y[j - 1]) marks[j - 1] = '^';
        i--;
        j--;
      } else if (j > 0 && d[i][j] == d[i][j - 1] + 1) {
        marks[j - 1] = '^'; // missing from what was typed
        j--;
      } else {
        marks[Math.min(Math.max(j - 1, 0), marks.length - 1)] = '^'; // typed one too many here
        i--;
      }
    }
    return new String(marks).stripTrailing();
  }
}
