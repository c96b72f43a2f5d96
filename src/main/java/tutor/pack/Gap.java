package tutor.pack;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One {{gap}} of a cloze text and the alternatives it accepts. */
public record Gap(List<String> alternatives) {
  // A gap ends at the last of a run of closing braces, so that an answer may end in one:
  // {{${HOME}}}.
  private static final Pattern GAP = Pattern.compile("\\{\\{(.*?)}}(?!})");

  public Gap {
    alternatives = List.copyOf(alternatives);
  }

  public String expected() {
    return alternatives.get(0);
  }

  /** The gaps of a cloze text, in order; {@code {{a|b}}} accepts a or b. */
  public static List<Gap> parse(String text) {
    List<Gap> gaps = new ArrayList<>();
    Matcher m = GAP.matcher(text);
    while (m.find()) {
      List<String> alts = new ArrayList<>();
      for (String alt : m.group(1).split("\\|", -1)) {
        if (!alt.isBlank()) alts.add(alt.strip());
      }
      gaps.add(new Gap(alts));
    }
    return gaps;
  }

  /** The text around the gaps: one more piece than there are gaps (each may be empty). */
  public static List<String> around(String text) {
    List<String> pieces = new ArrayList<>();
    Matcher m = GAP.matcher(text);
    int from = 0;
    while (m.find()) {
      pieces.add(text.substring(from, m.start()));
      from = m.end();
    }
    pieces.add(text.substring(from));
    return pieces;
  }

  /** The text as the learner sees it: each gap shown as a numbered blank. */
  public static String blanked(String text) {
    Matcher m = GAP.matcher(text);
    StringBuilder out = new StringBuilder();
    int n = 0;
    while (m.find()) {
      n++;
      m.appendReplacement(out, Matcher.quoteReplacement("[" + n + "]____"));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The text with gap {@code i} filled by {@code fills.get(i)}, as typed. */
  public static String filledWith(String text, List<String> fills) {
    Matcher m = GAP.matcher(text);
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (m.find()) {
      String fill = i < fills.size() ? fills.get(i).strip() : "";
      m.appendReplacement(out, Matcher.quoteReplacement(fill));
      i++;
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The text with every gap filled by its expected answer. */
  public static String filled(String text) {
    Matcher m = GAP.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String first = m.group(1).split("\\|", -1)[0].strip();
      m.appendReplacement(out, Matcher.quoteReplacement(first));
    }
    m.appendTail(out);
    return out.toString();
  }
}
