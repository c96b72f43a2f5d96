package tutor.grade;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spaces a quoted string would lose on screen, said in words. Text is wrapped between words, so
 * {@code ' '} shows as {@code ' '} and {@code 'WARN disk'} as {@code 'WARN disk'}; where the spaces
 * are the point (a regex exercise's strings), the count keeps them: {@code ' ' (4 spaces)}, {@code
 * 'WARN disk' (2 spaces after WARN)}.
 */
public final class SpacesNote {
  private static final Pattern RUN = Pattern.compile(" {2,}");

  private SpacesNote() {}

  /**
   * " (the empty string)", " (one space)", " (4 spaces)", " (2 spaces at the start, 2 spaces at the
   * end)", or "" when every run of spaces in {@code s} is a single one between words.
   */
  public static String of(String s) {
    if (s.isEmpty()) return " (the empty string)";
    if (s.chars().allMatch(c -> c == ' '))
      return s.length() == 1 ? " (one space)" : " (" + s.length() + " spaces)";
    List<String> runs = new ArrayList<>();
    Matcher m = RUN.matcher(s);
    while (m.find()) {
      int n = m.end() - m.start();
      if (m.start() == 0) runs.add(n + " spaces at the start");
      else if (m.end() == s.length()) runs.add(n + " spaces at the end");
      else {
        String before = s.substring(0, m.start());
        runs.add(n + " spaces after " + before.substring(before.lastIndexOf(' ') + 1));
      }
    }
    if (runs.isEmpty()) return "";
    return " (" + String.join(", ", runs) + ")";
  }
}
