package tutor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/architecture.md's package map says what the code does: one row per package of
 * src/main/java/tutor, and every package a package uses (imports and qualified names in code, not
 * in comments or strings) is in its row's "uses". A new package or a new arrow fails here with the
 * row to write.
 */
class ArchitectureDocTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path DOC = Path.of("docs/architecture.md");

  /** {@code tutor.a.b.C}: a use of package a.b (a class name starts with a capital). */
  private static final Pattern USE = Pattern.compile("\\btutor((?:\\.[a-z][a-z0-9_]*)+)\\.[A-Z*]");

  /** A row of the map: | `store.sqlite` | layer | what it owns | `a`, `b` | */
  private static final Pattern ROW =
      Pattern.compile("^\\|\\s*`([a-z][a-z0-9_.]*)`\\s*\\|([^|]*)\\|([^|]*)\\|([^|]*)\\|\\s*$");

  /** Each package under tutor (relative: "store.sqlite") and the packages under tutor it uses. */
  static Map<String, Set<String>> uses() throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES.resolve("tutor"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String pkg = SOURCES.resolve("tutor").relativize(f.getParent()).toString();
        pkg = pkg.replace('\\', '.').replace('/', '.');
        if (pkg.isEmpty()) pkg = "tutor"; // classes directly in tutor, should there be any
        Set<String> used = out.computeIfAbsent(pkg, k -> new TreeSet<>());
        Matcher m = USE.matcher(code(Files.readString(f)));
        while (m.find()) {
          String other = m.group(1).substring(1);
          if (!other.equals(pkg)) used.add(other);
        }
      }
    }
    return out;
  }

  /** Java source without its comments, string literals, text blocks and char literals. */
  static String code(String java) {
    StringBuilder out = new StringBuilder(java.length());
    int i = 0;
    int n = java.length();
    while (i < n) {
      char c = java.charAt(i);
      if (java.startsWith("//", i)) {
        while (i < n && java.charAt(i) != '\n') i++;
      } else if (java.startsWith("/*", i)) {
        int end = java.indexOf("*/", i + 2);
        i = end < 0 ? n : end + 2;
        out.append(' ');
      } else if (java.startsWith("\"\"\"", i)) {
        int end = i + 3;
        while (end < n && !java.startsWith("\"\"\"", end)) end += java.charAt(end) == '\\' ? 2 : 1;
        i = Math.min(n, end + 3);
        out.append("\"\"");
      } else if (c == '"' || c == '\'') {
        int end = i + 1;
        while (end < n && java.charAt(end) != c && java.charAt(end) != '\n')
          end += java.charAt(end) == '\\' ? 2 : 1;
        i = Math.min(n, end + 1);
        out.append(c).append(c);
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  /** The map's rows: package to the packages its row says it uses. */
  static Map<String, Set<String>> documented() throws IOException {
    Map<String, Set<String>> rows = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DOC)) {
      Matcher m = ROW.matcher(line);
      if (!m.matches()) continue;
      Set<String> used = new TreeSet<>();
      Matcher name = Pattern.compile("`([a-z][a-z0-9_.]*)`").matcher(m.group(4));
      while (name.find()) used.add(name.group(1));
      rows.put(m.group(1), used);
    }
    return rows;
  }

  private static String row(String pkg, Set<String> used) {
    return "| `"
        + pkg
        + "` | LAYER | WHAT IT OWNS | "
        + (used.isEmpty()
            ? "none"
            : used.stream().map(u -> "`" + u + "`").collect(Collectors.joining(", ")))
        + " |";
  }

  @Test
  void theMapHasOneRowPerPackage() throws IOException {
    Map<String, Set<String>> code = uses();
    Map<String, Set<String>> doc = documented();
    assertTrue(code.size() > 10, "sources found: " + code.keySet());
    List<String> problems = new ArrayList<>();
    for (String pkg : code.keySet()) {
      if (!doc.containsKey(pkg))
        problems.add("package tutor." + pkg + " has no row; add: " + row(pkg, code.get(pkg)));
    }
    for (String pkg : doc.keySet()) {
      if (!code.containsKey(pkg))
        problems.add("the row `" + pkg + "` names no package of src/main/java/tutor; remove it");
    }
    assertEquals(List.of(), problems, DOC + " (section Package map)");
  }

  @Test
  void everyArrowOfTheCodeIsInTheMap() throws IOException {
    Map<String, Set<String>> doc = documented();
    List<String> problems = new ArrayList<>();
    uses()
        .forEach(
            (pkg, used) -> {
              Set<String> missing = new TreeSet<>(used);
              missing.removeAll(doc.getOrDefault(pkg, used));
              if (!missing.isEmpty())
                problems.add(
                    "tutor."
                        + pkg
                        + " uses "
                        + missing
                        + ", which its row does not say; its uses are: "
                        + row(pkg, used));
            });
    assertEquals(List.of(), problems, DOC + " (section Package map)");
  }

  @Test
  void commentsAndStringsAreNotCode() {
    assertEquals(
        "a   b \"\" c '' d \"\" e",
        code("a /* tutor.x.Y */ b // tutor.z.Q\n\"tutor.s.T\" c '\"' d \"\"\"\ntutor.t.U\"\"\" e")
            .replace("\n", ""));
  }
}
