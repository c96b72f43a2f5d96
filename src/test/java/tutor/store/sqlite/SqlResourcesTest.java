package tutor.store.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The adapter's SQL lives in .sql resources, one per class: every name a class asks for is in its
 * file, every statement of a file is asked for, and every statement is valid SQL for the current
 * schema (SQLite prepares it).
 */
class SqlResourcesTest {
  private static final Path CODE = Path.of("src/main/java/tutor/store/sqlite");
  private static final Path RESOURCES = Path.of("src/main/resources/tutor/store/sqlite");
  private static final Pattern GET = Pattern.compile("SQL\\.get\\(\"([^\"]+)\"\\)");

  /** What each hole a statement may have is filled with when it runs, by example. */
  private static final Map<String, String> HOLES =
      Map.of(
          "phases", "'learning', 'relearning'",
          "keys", "(?, ?), (?, ?)",
          "study-days-margin", "2.6");

  @TempDir Path dir;

  @Test
  void namesAskedForAndStatementsKeptAreTheSame() throws Exception {
    int files = 0;
    try (Stream<Path> sql = Files.list(RESOURCES)) {
      for (Path f : sql.filter(p -> p.toString().endsWith(".sql")).toList()) {
        files++;
        String owner = f.getFileName().toString().replaceFirst("\\.sql$", "");
        Path java = CODE.resolve(owner + ".java");
        assertTrue(Files.exists(java), f + " belongs to no class of the adapter");
        Set<String> asked = new TreeSet<>();
        Matcher m = GET.matcher(Files.readString(java));
        while (m.find()) asked.add(m.group(1));
        assertEquals(
            new TreeSet<>(Sql.parse(Files.readString(f)).keySet()),
            asked,
            owner + ": names in the code and in " + f);
      }
    }
    assertTrue(files >= 10, "the adapter's .sql files are found: " + files);
  }

  @Test
  void everyStatementIsValidForTheSchema() throws Exception {
    Path db = dir.resolve("t.db");
    SqliteStore.open(db).close();
    int prepared = 0;
    try (Connection c = Database.open(db);
        Stream<Path> sql = Files.list(RESOURCES)) {
      // The adapter's own SQL functions, defined on its connection where they are used.
      org.sqlite.Function.create(
          c,
          SkillTallies.RECALL_FUNCTION,
          new org.sqlite.Function() {
            @Override
            protected void xFunc() throws java.sql.SQLException {
              result(1.0);
            }
          });
      for (Path f : sql.filter(p -> p.toString().endsWith(".sql")).toList()) {
        for (Map.Entry<String, String> s : Sql.parse(Files.readString(f)).entrySet()) {
          String statement = s.getValue();
          for (String hole : Sql.holes(statement)) {
            assertTrue(
                HOLES.containsKey(hole),
                f.getFileName()
                    + " "
                    + s.getKey()
                    + ": a hole {"
                    + hole
                    + "} with no example here");
            statement = Sql.fill(statement, hole, HOLES.get(hole));
          }
          try (PreparedStatement ps = c.prepareStatement(statement)) {
            prepared++;
          } catch (Exception e) {
            throw new AssertionError(f.getFileName() + " " + s.getKey() + ": " + e.getMessage(), e);
          }
        }
      }
    }
    assertTrue(prepared > 80, "statements prepared: " + prepared);
  }

  @Test
  void aStatementSpansLinesAndAnUnknownNameFailsClearly() {
    Map<String, String> s =
        Sql.parse("-- a comment\n-- name: two-lines\nSELECT 1\n  FROM x\n\n-- name: b\nSELECT 2\n");
    assertEquals(Map.of("two-lines", "SELECT 1 FROM x", "b", "SELECT 2"), s);
    assertThrows(
        IllegalStateException.class, () -> Sql.parse("-- name: a\nSELECT 1\n-- name: a\nSELECT 2"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Sql.of(SqliteStore.class).get("nothing"));
    assertTrue(e.getMessage().contains("SqliteStore.sql"), e.getMessage());
    assertFalse(Sql.of(SqliteStore.class).get("pack-outlines").isBlank());
  }

  @Test
  void aFragmentIsWrittenOnceAndAHoleFilledWhenItRuns() {
    Map<String, String> s =
        Sql.parse(
            "-- fragment: of-learner\nWHERE learner_id = ?1\n-- fragment: due\n{of-learner} AND"
                + " due < ?2\n-- name: a\nSELECT count(*) FROM cards {due}\n-- name: b\nSELECT"
                + " due FROM cards {of-learner} AND phase IN ({phases})\n");
    assertEquals(Set.of("a", "b"), s.keySet(), "fragments are no statements");
    assertEquals("SELECT count(*) FROM cards WHERE learner_id = ?1 AND due < ?2", s.get("a"));
    assertEquals(Set.of("phases"), Sql.holes(s.get("b")));
    assertEquals(
        "SELECT due FROM cards WHERE learner_id = ?1 AND phase IN ('review')",
        Sql.fill(s.get("b"), "phases", "'review'"));
    assertThrows(IllegalStateException.class, () -> Sql.fill(s.get("a"), "phases", "'review'"));
    assertThrows(
        IllegalStateException.class, () -> Sql.parse("-- fragment: a\nx {a}\n-- name: b\n{a}\n"));
    assertThrows(
        IllegalStateException.class,
        () -> Sql.parse("-- fragment: a\nx\n-- name: a\nSELECT 1\n"),
        "a fragment and a statement of one name");
  }
}
