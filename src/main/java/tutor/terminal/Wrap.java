package tutor.terminal;

import java.util.ArrayList;
import java.util.List;

/** Word-wraps text to a width, keeping the author's line breaks and indentation. */
public final class Wrap {
  private Wrap() {}

  public static List<String> lines(String text, int width, String indent) {
    List<String> out = new ArrayList<>();
    int room = Math.max(20, width - indent.length());
    for (String para : text.split("\n", -1)) {
      if (para.isBlank()) {
        out.add("");
        continue;
      }
      String lead = para.substring(0, para.length() - para.stripLeading().length());
      StringBuilder line = new StringBuilder(lead);
      for (String word : para.strip().split(" +")) {
        if (line.length() > lead.length() && line.length() + 1 + word.length() > room) {
          out.add(indent + line);
          line = new StringBuilder(lead);
        }
        if (line.length() > lead.length()) line.append(' ');
        line.append(word);
      }
      out.add(indent + line);
    }
    return out;
  }

  public static String text(String text, int width, String indent) {
    return String.join("\n", lines(text, width, indent));
  }
}
