package tutor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tutor.pack.Exercise;
import tutor.pack.ExerciseType;

/**
 * Keeps a kind's behaviour in its class: one class per kind, and no instanceof chains elsewhere.
 */
class KindsTest {
  private static final Path SOURCES = Path.of("src/main/java");
  private static final String KINDS = "(" + String.join("|", kindNames()) + ")";

  /** {@code instanceof Exercise.Choice}, or {@code instanceof Choice} in a file that imports it. */
  private static final Pattern QUALIFIED =
      Pattern.compile("instanceof\\s+(tutor\\.pack\\.)?Exercise\\." + KINDS + "\\b");

  private static final Pattern IMPORTED =
      Pattern.compile("import\\s+tutor\\.pack\\.Exercise\\.(\\*|" + KINDS + ");");

  private static List<String> kindNames() {
    return Arrays.stream(Exercise.Body.class.getPermittedSubclasses())
        .map(Class::getSimpleName)
        .toList();
  }

  @Test
  void everyBodyHasItsKindClassAndItsTypeName() {
    Class<?>[] bodies = Exercise.Body.class.getPermittedSubclasses();
    assertEquals(
        bodies.length, Kind.class.getPermittedSubclasses().length, "one kind class per body");
    assertEquals(bodies.length, ExerciseType.values().length, "one type name per body");
    for (Class<?> body : bodies) {
      String name = body.getSimpleName();
      assertTrue(
          ExerciseType.fromYaml(name.toLowerCase(Locale.ROOT)).isPresent(),
          name
              + " has no ExerciseType of the same name (the stored JSON names a body by its class)");
      assertTrue(
          Arrays.stream(Kind.class.getPermittedSubclasses())
              .anyMatch(k -> k.getSimpleName().equals(name + "Kind")),
          name + " has no " + name + "Kind");
    }
  }

  @Test
  void ofMapsEachBodyToItsOwnKind() {
    List<Exercise.Body> samples =
        List.of(
            new Exercise.Flashcard("b"),
            new Exercise.Choice(List.of("a", "b"), List.of(0), true),
            new Exercise.Text(List.of("x"), null, tutor.pack.Normalization.DEFAULT),
            new Exercise.Cloze(
                "a {{b}}",
                List.of(new tutor.pack.Gap(List.of("b"))),
                tutor.pack.Normalization.DEFAULT),
            new Exercise.Numeric(1, 0, false, ""),
            new Exercise.Order(List.of("a", "b", "c")),
            new Exercise.Sql(
                new tutor.pack.Fixture("f", "f.sql", "CREATE TABLE t(x);"),
                "SELECT x FROM t",
                false,
                null,
                false,
                false,
                0),
            new Exercise.Regex(
                "a+", true, false, List.of("a"), List.of("b"), List.of(), List.of()));
    assertEquals(
        Exercise.Body.class.getPermittedSubclasses().length,
        samples.size(),
        "a sample of every kind");
    for (Exercise.Body b : samples) {
      Kind k = Kind.of(b);
      assertEquals(b.getClass().getSimpleName() + "Kind", k.getClass().getSimpleName());
      assertTrue(k.body() == b);
    }
  }

  @Test
  void noInstanceofChainOnAKindOutsideTheKindClasses() throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String rel = SOURCES.relativize(f).toString().replace('\\', '/');
        if (rel.startsWith("tutor/kind/") || rel.equals("tutor/pack/Exercise.java")) continue;
        List<String> lines = Files.readAllLines(f);
        boolean imported = lines.stream().anyMatch(l -> IMPORTED.matcher(l).find());
        Pattern bare = Pattern.compile("instanceof\\s+" + KINDS + "\\b");
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i);
          if (QUALIFIED.matcher(line).find() || imported && bare.matcher(line).find()) {
            found.add(rel + ":" + (i + 1) + ": " + line.strip());
          }
        }
      }
    }
    assertTrue(
        found.isEmpty(),
        "ask the kind (tutor.kind.Kind) or use Exercise.Cases instead of:\n"
            + String.join("\n", found));
  }

  /**
   * Dispatching on the kind ({@code Exercise.Cases}, a switch over the type) is this package's job.
   */
  @Test
  void noDispatchOnTheKindOutsideTheKindClasses() throws IOException {
    List<String> found = new ArrayList<>();
    Pattern cases = Pattern.compile("Exercise\\.Cases\\b");
    Pattern typeCase = Pattern.compile("case\\s+(FLASHCARD|CHOICE|TEXT|CLOZE|NUMERIC|ORDER)\\b");
    try (Stream<Path> files = Files.walk(SOURCES)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String rel = SOURCES.relativize(f).toString().replace('\\', '/');
        if (rel.startsWith("tutor/kind/") || rel.equals("tutor/pack/Exercise.java")) continue;
        List<String> lines = Files.readAllLines(f);
        // A case over another enum's TEXT (JSON-lines answer shapes) is not a switch over kinds.
        boolean types = lines.stream().anyMatch(l -> l.contains("ExerciseType"));
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("//")) continue;
          if (cases.matcher(line).find() || types && typeCase.matcher(line).find()) {
            found.add(rel + ":" + (i + 1) + ": " + line);
          }
        }
      }
    }
    assertTrue(
        found.isEmpty(),
        "a kind's behaviour belongs in its class in tutor.kind, not in:\n"
            + String.join("\n", found));
  }
}
