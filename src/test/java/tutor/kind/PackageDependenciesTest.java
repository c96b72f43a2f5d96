package tutor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The kinds sit above the domain core they grade with and below everything that asks them: {@code
 * tutor.kind} uses only {@code tutor.grade}, {@code tutor.mastery}, {@code tutor.pack} (and what
 * they use), and nothing it uses comes back to it, so there is no package cycle through it. Read
 * from the sources: imports and qualified names in code, not in comments.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Pattern USE = Pattern.compile("\\btutor\\.([a-z]+)\\.[A-Z]");

  /** Each package of tutor and the packages of tutor it uses. */
  static Map<String, Set<String>> uses() throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(SOURCES.resolve("tutor"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg =
            SOURCES.relativize(f.getParent()).toString().replace('\\', '/').replace('/', '.');
        Set<String> used = out.computeIfAbsent(pkg, k -> new TreeSet<>());
        for (String line : Files.readAllLines(f)) {
          String code = line.strip();
          if (code.startsWith("*") || code.startsWith("/*") || code.startsWith("//")) continue;
          Matcher m = USE.matcher(code);
          while (m.find()) {
            String other = "tutor." + m.group(1);
            if (!other.equals(pkg)) used.add(other);
          }
        }
      }
    }
    return out;
  }

  private static Set<String> reachable(Map<String, Set<String>> uses, String from) {
    Set<String> seen = new TreeSet<>();
    Deque<String> todo = new ArrayDeque<>(uses.getOrDefault(from, Set.of()));
    while (!todo.isEmpty()) {
      String p = todo.pop();
      if (seen.add(p)) todo.addAll(uses.getOrDefault(p, Set.of()));
    }
    return seen;
  }

  @Test
  void kindUsesOnlyTheDomainCore() throws IOException {
    Set<String> used = uses().get("tutor.kind");
    assertTrue(
        Set.of("tutor.grade", "tutor.mastery", "tutor.pack").containsAll(used),
        "tutor.kind uses "
            + used
            + "; a kind reads its fields through KindFields, not tutor.packfile");
  }

  @Test
  void noPackageCycleThroughKind() throws IOException {
    Map<String, Set<String>> uses = uses();
    assertTrue(uses.containsKey("tutor.kind") && uses.containsKey("tutor.grade"), "sources found");
    assertTrue(
        !reachable(uses, "tutor.kind").contains("tutor.kind"),
        "a package tutor.kind uses comes back to it: " + reachable(uses, "tutor.kind"));
    for (String core : Set.of("tutor.grade", "tutor.mastery", "tutor.pack", "tutor.schedule")) {
      assertEquals(
          false, reachable(uses, core).contains("tutor.kind"), core + " must not use tutor.kind");
    }
  }
}
