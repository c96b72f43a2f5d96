package tutor.packfile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tutor.grade.EditDistance;

/**
 * Reads the fields of one YAML mapping, collecting every problem (rather than stopping at the
 * first) with its line and a prefix naming what is being read ("exercise 'pipes-3': ").
 */
final class Fields {
  private final Path file;
  private final YNode.YMap map;
  private final String context;
  private final List<PackError> errors;

  Fields(Path file, YNode.YMap map, String context, List<PackError> errors) {
    this.file = file;
    this.map = map;
    this.context = context;
    this.errors = errors;
  }

  Fields withContext(String newContext) {
    return new Fields(file, map, newContext, errors);
  }

  /** Fields of a nested mapping, reporting into the same file and error list. */
  Fields withMap(YNode.YMap nested, String newContext) {
    return new Fields(file, nested, newContext, errors);
  }

  String context() {
    return context;
  }

  YNode.YMap map() {
    return map;
  }

  boolean has(String key) {
    YNode n = map.entries().get(key);
    return n != null && !(n instanceof YNode.YScalar s && s.isNull());
  }

  int line(String key) {
    return map.lineOf(key);
  }

  int column(String key) {
    return map.columnOf(key);
  }

  /** An error at {@code key}, or at the start of this mapping when {@code key} is null. */
  void error(String key, String message) {
    errors.add(
        key == null
            ? new PackError(file, map.line(), map.column(), context + message)
            : new PackError(file, line(key), column(key), context + message));
  }

  /** An error at one value of this mapping (an entry of a list, say). */
  void errorAt(YNode where, String message) {
    errors.add(new PackError(file, where.line(), where.column(), context + message));
  }

  /** Reports keys outside {@code allowed}, suggesting the closest allowed one. */
  void rejectUnknown(Collection<String> allowed) {
    for (String key : map.entries().keySet()) {
      if (!allowed.contains(key)) {
        error(key, "unknown field '" + key + "'" + didYouMean(key, allowed));
      }
    }
  }

  /**
   * Other names authors give a field (from other formats, or plain English), with the field they
   * mean: a misspelt synonym ({@code prerequisits}) is too far from its field's name for spelling
   * alone.
   */
  private static final java.util.Map<String, String> SYNONYMS =
      java.util.Map.of(
          "prerequisites",
          "requires",
          "prerequisite",
          "requires",
          "prereqs",
          "requires",
          "depends_on",
          "requires",
          "dependencies",
          "requires",
          "needs",
          "requires");

  static String didYouMean(String word, Collection<String> candidates) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String c : candidates) {
      int d = EditDistance.between(word, c);
      if (d < bestDistance) {
        bestDistance = d;
        best = c;
      }
    }
    for (var synonym : SYNONYMS.entrySet()) {
      if (!candidates.contains(synonym.getValue())) continue;
      int d = EditDistance.between(word.toLowerCase(java.util.Locale.ROOT), synonym.getKey());
      if (d < bestDistance && d <= Math.max(2, synonym.getKey().length() / 3)) {
        bestDistance = 0; // a synonym near enough wins over a far spelling match
        best = synonym.getValue();
      }
    }
    return best != null && bestDistance <= Math.max(2, word.length() / 3)
        ? " (did you mean '" + best + "'?)"
        : "";
  }

  Optional<String> string(String key, boolean required) {
    YNode n = map.entries().get(key);
    if (n == null || (n instanceof YNode.YScalar s0 && s0.isNull())) {
      if (required) error(null, "missing field '" + key + "'");
      return Optional.empty();
    }
    if (n instanceof YNode.YScalar s) {
      if (required && s.text().isBlank()) {
        error(key, "field '" + key + "' is empty");
        return Optional.empty();
      }
      return Optional.of(s.text());
    }
    error(key, "field '" + key + "' should be text, not " + n.kind());
    return Optional.empty();
  }

  String string(String key, String fallback) {
    return string(key, false).orElse(fallback);
  }

  /** A list of text; a single scalar counts as a one-element list. */
  List<String> strings(String key, boolean required) {
    YNode n = map.entries().get(key);
    List<String> out = new ArrayList<>();
    if (n == null || (n instanceof YNode.YScalar s0 && s0.isNull())) {
      if (required) error(null, "missing field '" + key + "'");
      return out;
    }
    if (n instanceof YNode.YScalar s) {
      out.add(s.text());
    } else if (n instanceof YNode.YList l) {
      for (YNode item : l.items()) {
        if (item instanceof YNode.YScalar s && !s.isNull()) {
          out.add(s.text());
        } else {
          errorAt(item, "each entry of '" + key + "' should be text, not " + item.kind());
        }
      }
    } else {
      error(key, "field '" + key + "' should be a list, not " + n.kind());
    }
    if (required && out.isEmpty()) error(key, "field '" + key + "' is empty");
    return out;
  }

  Optional<Double> number(String key) {
    YNode n = map.entries().get(key);
    if (n == null || (n instanceof YNode.YScalar s0 && s0.isNull())) return Optional.empty();
    if (n instanceof YNode.YScalar s) {
      try {
        double v = Double.parseDouble(s.text().strip());
        if (Double.isFinite(v)) return Optional.of(v);
      } catch (NumberFormatException e) {
        // reported below
      }
      error(key, "field '" + key + "' should be a number, not '" + s.text() + "'");
      return Optional.empty();
    }
    error(key, "field '" + key + "' should be a number, not " + n.kind());
    return Optional.empty();
  }

  Optional<Integer> integer(String key, int min, int max) {
    Optional<Double> v = number(key);
    if (v.isEmpty()) return Optional.empty();
    double d = v.get();
    if (d != Math.rint(d) || d < min || d > max) {
      error(
          key,
          "field '"
              + key
              + "' should be a whole number from "
              + min
              + " to "
              + max
              + ", not "
              + YNodes.show(d));
      return Optional.empty();
    }
    return Optional.of((int) d);
  }

  Optional<Boolean> bool(String key) {
    YNode n = map.entries().get(key);
    if (n == null || (n instanceof YNode.YScalar s0 && s0.isNull())) return Optional.empty();
    if (n instanceof YNode.YScalar s
        && !s.isString()
        && (s.text().equals("true") || s.text().equals("false"))) {
      return Optional.of(Boolean.parseBoolean(s.text()));
    }
    error(key, "field '" + key + "' should be true or false");
    return Optional.empty();
  }

  Optional<YNode.YMap> mapping(String key) {
    YNode n = map.entries().get(key);
    if (n == null || (n instanceof YNode.YScalar s0 && s0.isNull())) return Optional.empty();
    if (n instanceof YNode.YMap m) return Optional.of(m);
    error(key, "field '" + key + "' should be a mapping (key: value lines), not " + n.kind());
    return Optional.empty();
  }
}
