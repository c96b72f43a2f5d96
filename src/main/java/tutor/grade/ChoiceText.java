package tutor.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tutor.pack.Normalization;

/**
 * Reads a choice typed as text instead of numbers: an option's text, or an unambiguous start of it,
 * compared as forgiving text answers are (case, accents, spaces and surrounding punctuation do not
 * count). For several options, texts (or numbers) separated by {@code ;} or {@code ,}. Pure.
 */
public final class ChoiceText {
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** A word that starts with '-' or holds a glob, path, variable or redirection sign. */
  private static final Pattern CASE_MATTERS = Pattern.compile("^-|[*?\\[\\]{}$/|<>&~\\\\]");

  private ChoiceText() {}

  /** The 1-based positions named, or why the text names none. */
  public sealed interface Reading {}

  public record Picked(List<Integer> positions) implements Reading {}

  public record Problem(String message) implements Reading {}

  /**
   * @param shown the option texts in the order shown
   */
  public static Reading read(List<String> shown, String typed) {
    Reading whole = one(shown, typed);
    if (whole instanceof Picked) return whole;
    for (String separator : List.of(";", ",")) {
      if (!typed.contains(separator)) continue;
      List<Integer> positions = new ArrayList<>();
      boolean all = true;
      for (String part : typed.split(Pattern.quote(separator))) {
        if (part.isBlank()) continue;
        Reading r = one(shown, part);
        if (r instanceof Picked p) {
          for (int pos : p.positions()) if (!positions.contains(pos)) positions.add(pos);
        } else {
          all = false;
          // An ambiguous part says more than "no such option": keep its message.
          if (((Problem) r).message() != null) whole = r;
          break;
        }
      }
      if (all && !positions.isEmpty()) return new Picked(positions);
    }
    return whole;
  }

  /** One option, by number or text; a Problem with a null message when nothing matches. */
  private static Reading one(List<String> shown, String part) {
    String p = part.strip();
    if (NUMBER.matcher(p).matches()) {
      int v = p.length() > 9 ? -1 : Integer.parseInt(p);
      return v >= 1 && v <= shown.size() ? new Picked(List.of(v)) : new Problem(null);
    }
    String t = norm(p);
    if (t.isEmpty()) return new Problem(null);
    // The option as written wins: '*.log' is not '/*.log' or '!*.log', which it equals once the
    // surrounding signs are dropped.
    List<Integer> verbatim = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++)
      if (spaced(shown.get(i)).equals(spaced(p))) verbatim.add(i + 1);
    if (verbatim.size() == 1) return new Picked(verbatim);
    List<Integer> exact = new ArrayList<>();
    List<Integer> prefix = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      if (optionCaseDiffers(p, shown.get(i))) continue;
      String o = norm(shown.get(i));
      if (o.equals(t)) exact.add(i + 1);
      if (o.startsWith(t)) prefix.add(i + 1);
    }
    List<Integer> found = exact.isEmpty() ? prefix : exact;
    if (found.size() == 1) return new Picked(found);
    // Signs that normalizing drops may tell the options apart: 'Berl is the start of 'Berlin'
    // only, though all of 'Berlin', "Berlin" and `Berlin` read as Berlin.
    List<Integer> verbatimStart = new ArrayList<>();
    for (int i = 0; i < shown.size(); i++) {
      String o = spaced(shown.get(i)).toLowerCase(java.util.Locale.ROOT);
      if (!optionCaseDiffers(p, shown.get(i))
          && o.startsWith(spaced(p).toLowerCase(java.util.Locale.ROOT))) verbatimStart.add(i + 1);
    }
    if (verbatimStart.size() == 1) return new Picked(verbatimStart);
    if (found.isEmpty()) return new Problem(null);
    List<String> which = new ArrayList<>();
    for (int pos : found) which.add(pos + ") " + shown.get(pos - 1));
    return new Problem(
        "'" + p + "' could be " + String.join(" or ", which) + ": type more of it, or the number.");
  }

  /** Runs of blanks as one space, and none before a comma: "1,2" and "1 , 2" are "1, 2". */
  private static String spaced(String s) {
    return s.strip().replaceAll("\\s*,\\s*", ", ").replaceAll("\\s+", " ");
  }

  /**
   * Whether a word of {@code typed} whose case means something (a command's option, a glob, a path,
   * a variable, a redirection) differs only in case from the word in the same place of {@code
   * option}: {@code -d} is not {@code -D}, {@code -I} is not {@code -i}, {@code *.TXT} is not
   * {@code *.txt}, though case does not count elsewhere.
   */
  static boolean optionCaseDiffers(String typed, String option) {
    String[] t = spaced(typed).split(" ");
    String[] o = spaced(option).split(" ");
    for (int i = 0; i < t.length && i < o.length; i++) {
      String word = t[i];
      if (!CASE_MATTERS.matcher(word).find()) continue;
      String there =
          o[i].length() > word.length() && i == t.length - 1
              ? o[i].substring(0, word.length())
              : o[i];
      if (there.equalsIgnoreCase(word) && !there.equals(word)) return true;
    }
    return false;
  }

  private static String norm(String s) {
    return TextMatch.normalize(s, Normalization.DEFAULT);
  }
}
