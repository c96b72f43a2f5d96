package tutor.packfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line it starts on, so that every problem found later can name its line.
 * (Jackson's own tree forgets locations.)
 */
public sealed interface YNode {
  int line();

  /** What an author would call this kind of value, for error messages. */
  String kind();

  record YMap(int line, Map<String, YNode> entries, Map<String, Integer> keyLines)
      implements YNode {
    public YMap {
      entries = new LinkedHashMap<>(entries);
      keyLines = new LinkedHashMap<>(keyLines);
    }

    public String kind() {
      return "a mapping";
    }

    public int lineOf(String key) {
      return keyLines.getOrDefault(key, line);
    }
  }

  record YList(int line, List<YNode> items) implements YNode {
    public YList {
      items = List.copyOf(items);
    }

    public String kind() {
      return "a list";
    }
  }

  /** A scalar; {@code isString} tells a quoted or plain string from a number, boolean or null. */
  record YScalar(int line, String text, boolean isString, boolean isNull) implements YNode {
    public String kind() {
      return isNull ? "nothing" : isString ? "text" : "a number or boolean";
    }
  }
}
