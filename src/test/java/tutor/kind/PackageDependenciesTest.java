package tutor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The package map holds: the kinds sit above the domain core they grade with and below everything
 * that asks them ({@code tutor.kind} uses only {@code tutor.grade}, {@code tutor.mastery}, {@code
 * tutor.pack}); no package of tutor, nested ones included, is in a cycle; and nothing outside
 * {@code tutor.store} names the SQLite adapter {@code tutor.store.sqlite}, so that another adapter
 * plugs in behind the port. Read from the sources: imports and qualified names in code, not in
 * comments.
 */
class PackageDependenciesTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final Path TEST_SOURCES = Path.of("src/test/java");

  /** A use of a class of another package: the package (nested ones whole), then the class name. */
  private static final Pattern USE =
      Pattern.compile("\\btutor\\.((?:[a-z][a-z0-9]*\\.)*[a-z][a-z0-9]*)\\.[A-Z]");

  private static final String ADAPTER = "tutor.store.sqlite";

  /** Each package of tutor and the packages of tutor it uses. */
  static Map<String, Set<String>> uses() throws IOException {
    return uses(SOURCES);
  }

  static Map<String, Set<String>> uses(Path sources) throws IOException {
    Map<String, Set<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(sources.resolve("tutor"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String pkg =
            sources.relativize(f.getParent()).toString().replace('\\', '/').replace('/', '.');
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

  /** The packages in a cycle, each cycle (strongly connected set of packages) as one set. */
  static List<Set<String>> cycles(Map<String, Set<String>> uses) {
    List<Set<String>> out = new ArrayList<>();
    Set<String> done = new TreeSet<>();
    for (String p : uses.keySet()) {
      if (done.contains(p)) continue;
      Set<String> cycle = new TreeSet<>();
      for (String q : reachable(uses, p)) {
        if (reachable(uses, q).contains(p)) cycle.add(q);
      }
      if (!cycle.isEmpty()) {
        cycle.add(p);
        out.add(cycle);
        done.addAll(cycle);
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

  @Test
  void nestedPackagesAreReadWhole() throws IOException {
    Map<String, Set<String>> uses = uses();
    assertTrue(uses.containsKey(ADAPTER), "the adapter's package is read: " + uses.keySet());
    assertTrue(
        uses.get(ADAPTER).contains("tutor.store"),
        "the adapter implements the port in tutor.store");
  }

  @Test
  void noPackageCycleAtAll() throws IOException {
    List<Set<String>> cycles = cycles(uses());
    assertEquals(List.of(), cycles, "packages that use each other, directly or through others");
  }

  @Test
  void cyclesAreFound() {
    Map<String, Set<String>> uses =
        Map.of(
            "tutor.a",
            Set.of("tutor.b"),
            "tutor.b",
            Set.of("tutor.a.c"),
            "tutor.a.c",
            Set.of("tutor.a"));
    assertEquals(List.of(Set.of("tutor.a", "tutor.b", "tutor.a.c")), cycles(uses));
  }

  @Test
  void nothingOutsideTheStoreNamesTheAdapter() throws IOException {
    for (Path sources : List.of(SOURCES, TEST_SOURCES)) {
      Map<String, Set<String>> uses = uses(sources);
      List<String> users =
          uses.entrySet().stream()
              .filter(e -> e.getValue().contains(ADAPTER))
              .map(Map.Entry::getKey)
              .filter(p -> !p.equals("tutor.store") && !p.startsWith("tutor.store."))
              .toList();
      assertEquals(
          List.of(),
          users,
          sources
              + ": these packages name "
              + ADAPTER
              + "; use the port (tutor.store.Store, Stores and the ports they hand out)");
    }
  }

  @Test
  void thePortDoesNotNameItsAdapter() throws IOException {
    assertTrue(
        !uses().get("tutor.store").contains(ADAPTER),
        "tutor.store finds its adapter through StoreAdapter and ServiceLoader, never by name");
  }
}
