package tutor.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The verdict on a learner's regular expression (Java's java.util.regex): it must match every
 * string to match and none to reject, as a whole string or anywhere in it ({@code find}, as grep
 * does). A pattern that backtracks without end is stopped: the subject is read through a
 * CharSequence that checks the deadline, so even {@code (a+)+$} on a long string returns.
 */
public final class RegexGrading {
  /** A POSIX class as grep writes it, which Java reads as a set of letters. */
  private static final Pattern POSIX_CLASS = Pattern.compile("\\[:([a-z]+):\\]");

  private static final java.util.Map<String, String> POSIX_NAMES =
      java.util.Map.of(
          "digit", "Digit", "alpha", "Alpha", "alnum", "Alnum", "space", "Space", "upper", "Upper",
          "lower", "Lower", "punct", "Punct", "xdigit", "XDigit", "blank", "Blank");

  /** Strings named in the feedback before "and N more". */
  static final int NAMED = 3;

  /** Characters of a string quoted in the feedback. */
  static final int QUOTED = 24;

  /**
   * One regex exercise as the engine needs it.
   *
   * @param whole the whole string must match; false: a match anywhere
   */
  public record Task(
      boolean whole,
      boolean ignoreCase,
      List<String> match,
      List<String> reject,
      List<String> hiddenMatch,
      List<String> hiddenReject) {
    public Task {
      match = List.copyOf(match);
      reject = List.copyOf(reject);
      hiddenMatch = List.copyOf(hiddenMatch);
      hiddenReject = List.copyOf(hiddenReject);
    }
  }

  /** The verdict and what to say (empty when right). */
  public record Verdict(boolean correct, String detail) {}

  private final Supplier<Deadline> deadlines;
  private final Limits limits;

  public RegexGrading(Limits limits, Supplier<Deadline> deadlines) {
    this.limits = limits;
    this.deadlines = deadlines;
  }

  /** The grading the tutor uses: a second for all the strings, on the system's monotonic clock. */
  public static final RegexGrading STANDARD =
      new RegexGrading(
          Limits.LEARNER, () -> Deadline.after(Limits.LEARNER.time(), System::nanoTime));

  /** The pattern compiled with the exercise's flags, or an error in words. */
  static Pattern compile(String pattern, boolean ignoreCase) {
    return Pattern.compile(
        pattern, ignoreCase ? Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE : 0);
  }

  public Verdict grade(Task t, String typed) {
    // A line read from a terminal ends at Enter: a pattern is one line, its spaces kept except at
    // the ends.
    String pattern = typed.strip();
    if (pattern.isEmpty()) return new Verdict(false, "Type a pattern.");
    // Said with every wrong verdict when the ends were cut, since " cat " graded as "cat" would
    // otherwise be told about strings its spaces keep out.
    String cut =
        pattern.equals(typed)
            ? ""
            : " (Spaces at the ends of the line are not part of the pattern: it was read as "
                + quote(pattern)
                + ". For a space at an end, write [ ].)";
    Pattern p;
    try {
      p = compile(pattern, t.ignoreCase());
    } catch (PatternSyntaxException e) {
      return new Verdict(
          false,
          "Not a valid pattern: "
              + e.getDescription()
              + (e.getIndex() < 0
                  ? ""
                  : e.getIndex() >= pattern.length()
                      ? " (at the end)"
                      : " (at character " + (e.getIndex() + 1) + ")")
              + "."
              + cut);
    }
    Deadline deadline = deadlines.get();
    List<String> missed = new ArrayList<>();
    List<String> wronglyMatched = new ArrayList<>();
    int hiddenMissed = 0;
    int hiddenWrong = 0;
    try {
      for (String s : t.match()) if (!matches(p, s, t.whole(), deadline)) missed.add(s);
      for (String s : t.reject()) if (matches(p, s, t.whole(), deadline)) wronglyMatched.add(s);
      for (String s : t.hiddenMatch()) if (!matches(p, s, t.whole(), deadline)) hiddenMissed++;
      for (String s : t.hiddenReject()) if (matches(p, s, t.whole(), deadline)) hiddenWrong++;
    } catch (TooLong e) {
      boolean hidden = t.hiddenMatch().contains(e.subject) || t.hiddenReject().contains(e.subject);
      boolean shown = t.match().contains(e.subject) || t.reject().contains(e.subject);
      return new Verdict(
          false,
          "Your pattern took too long on "
              + (hidden && !shown
                  ? "a hidden string of " + e.subject.length() + " characters"
                  : quote(e.subject))
              + " (more than "
              + seconds()
              + ") and was"
              + " stopped: a repetition of a group that can match in many ways, such as (.*a){12}, tries every way to"
              + " split a string.");
    }
    if (missed.isEmpty() && wronglyMatched.isEmpty() && hiddenMissed == 0 && hiddenWrong == 0) {
      return new Verdict(true, "");
    }
    List<String> parts = new ArrayList<>();
    if (!missed.isEmpty() || hiddenMissed > 0) {
      parts.add("It should match " + named(missed, hiddenMissed) + " but does not.");
    }
    if (!wronglyMatched.isEmpty() || hiddenWrong > 0) {
      parts.add("It should not match " + named(wronglyMatched, hiddenWrong) + " but does.");
    }
    java.util.regex.Matcher posix = POSIX_CLASS.matcher(pattern);
    if (posix.find()) {
      parts.add(
          "(Java has no [[:"
              + posix.group(1)
              + ":]]: inside brackets it is a set of letters; write \\p{"
              + POSIX_NAMES.getOrDefault(posix.group(1), "Alpha")
              + "} instead.)");
    }
    if (t.whole() && !missed.isEmpty() && missed.stream().allMatch(s -> found(p, s))) {
      parts.add("(It finds a match inside, but the whole string must match.)");
    }
    return new Verdict(false, String.join(" ", parts) + cut);
  }

  /**
   * Whether the pattern matches; for checking an author's lists, with no deadline beyond the given.
   */
  public static boolean matches(Pattern p, String subject, boolean whole, Deadline deadline) {
    Matcher m = p.matcher(new Watched(subject, deadline));
    return whole ? m.matches() : m.find();
  }

  /** The first string of {@code strings} the pattern gets wrong (for pack validate), or null. */
  public static String firstWrong(String pattern, Task t, Deadline deadline) {
    Pattern p = compile(pattern, t.ignoreCase());
    try {
      // The list is named: the author fixes either the pattern or the string where it stands.
      for (String s : t.match())
        if (!matches(p, s, t.whole(), deadline)) return "does not match '" + s + "' (of match:)";
      for (String s : t.hiddenMatch())
        if (!matches(p, s, t.whole(), deadline))
          return "does not match '" + s + "' (of hidden_match:)";
      for (String s : t.reject())
        if (matches(p, s, t.whole(), deadline)) return "matches '" + s + "' (of reject:)";
      for (String s : t.hiddenReject())
        if (matches(p, s, t.whole(), deadline)) return "matches '" + s + "' (of hidden_reject:)";
    } catch (TooLong e) {
      return "takes too long on '" + e.subject + "'";
    }
    return null;
  }

  private static boolean found(Pattern p, String s) {
    try {
      return p.matcher(
              new Watched(s, Deadline.after(java.time.Duration.ofMillis(50), System::nanoTime)))
          .find();
    } catch (TooLong e) {
      return false;
    }
  }

  private String seconds() {
    long ms = limits.time().toMillis();
    return ms % 1000 == 0 ? (ms == 1000 ? "1 second" : ms / 1000 + " seconds") : ms + " ms";
  }

  /** "'12a45', '1234' and 2 hidden strings" (hidden ones counted, never shown). */
  static String named(List<String> shown, int hidden) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < Math.min(NAMED, shown.size()); i++) parts.add(quote(shown.get(i)));
    if (shown.size() > NAMED) parts.add((shown.size() - NAMED) + " more of the strings shown");
    if (hidden > 0) parts.add(hidden + " hidden string" + (hidden == 1 ? "" : "s"));
    if (parts.size() == 1) return parts.get(0);
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }

  static String quote(String s) {
    String shown = s.length() > QUOTED ? s.substring(0, QUOTED) + "…" : s;
    // Said in words where the screen would close the spaces up (4 spaces shown as one).
    return "'" + shown + "'" + tutor.grade.SpacesNote.of(shown);
  }

  /** Thrown out of the matcher when the deadline passes. */
  private static final class TooLong extends RuntimeException {
    final String subject;

    TooLong(String subject) {
      super(null, null, false, false);
      this.subject = subject;
    }
  }

  /**
   * The subject as the matcher reads it: every few thousand reads look at the deadline, so a
   * backtracking pattern stops soon after it passes.
   */
  private static final class Watched implements CharSequence {
    private final String s;
    private final Deadline deadline;
    private int reads;

    Watched(String s, Deadline deadline) {
      this.s = s;
      this.deadline = deadline;
    }

    @Override
    public char charAt(int index) {
      if ((++reads & 0xfff) == 0 && deadline.passed()) throw new TooLong(s);
      return s.charAt(index);
    }

    @Override
    public int length() {
      return s.length();
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return s.subSequence(start, end);
    }

    @Override
    public String toString() {
      return s;
    }
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
