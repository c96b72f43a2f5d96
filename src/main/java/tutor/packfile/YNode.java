package tutor.packfile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the line and column it starts on, so that every problem found later can name
 * its place. (Jackson's own tree forgets locations.) Both are 1-based; a column of 0 is unknown.
 */
public sealed interface YNode {
  int line();

  int column();

  /** What an author would call this kind of value, for error messages. */
  String kind();

  record YMap(
      int line,
      int column,
      Map<String, YNode> entries,
      Map<String, Integer> keyLines,
      Map<String, Integer> keyColumns)
      implements YNode {
    public YMap {
      entries = new LinkedHashMap<>(entries);
      keyLines = new LinkedHashMap<>(keyLines);
      keyColumns = new LinkedHashMap<>(keyColumns);
    }

    public String kind() {
      return "a mapping";
    }

    public int lineOf(String key) {
      return keyLines.getOrDefault(key, line);
    }

    /** The column of {@code key}, or of the mapping itself when the key is absent. */
    public int columnOf(String key) {
      return keyColumns.getOrDefault(key, column);
    }
  }

  record YList(int line, int column, List<YNode> items) implements YNode {
    public YList {
      items = List.copyOf(items);
    }

    public String kind() {
      return "a list";
    }
  }

  /** A scalar; {@code isString} tells a quoted or plain string from a number, boolean or null. */
  record YScalar(int line, int column, String text, boolean isString, boolean isNull)
      implements YNode {
    public String kind() {
      return isNull ? "nothing" : isString ? "text" : "a number or boolean";
    }
  }
}
