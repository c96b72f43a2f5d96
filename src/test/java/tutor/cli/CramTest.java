package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

class CramTest {
  @TempDir Path dir;

  private List<String> rows(Path db, String sql) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= n; i++) row.append(rs.getObject(i)).append('|');
        out.add(row.toString());
      }
    }
    return out;
  }

  /**
   * A locked skill never practised has no mastery: cramming it ended at the first answer with a
   * NullPointerException.
   */
  @Test
  void crammingASkillNeverPractisedWorks() throws Exception {
    Path db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    cli.run("pack", "add", TestPacks.demo(dir).toString());
    Cli.Result r =
        cli.input(
            "1 2 3\n\n3\n",
            "cram",
            "--pack",
            "demo",
            "--skill",
            "more",
            "--limit",
            "2",
            "--now=2026-03-03T09:00:00Z");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("unchanged: cramming leaves your schedule alone"), r.out());
    assertTrue(rows(db, "SELECT p_known FROM mastery").isEmpty());
    // No "Nothing is scheduled yet: come back for new material" about the crammed skill alone.
    assertTrue(
        r.out().contains("Cramming left your schedule as it was; tutor due shows what is due."),
        r.out());
    assertFalse(r.out().contains("Nothing is scheduled"), r.out());
    // The flashcard's self-rating: no intervals where cramming schedules nothing.
    assertTrue(r.out().contains("1 Again · 2 Hard · 3 Good · 4 Easy"), r.out());
  }

  @Test
  void crammingLogsAnswersButMovesNoDueDateAndNoMastery() throws Exception {
    Path db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    cli.run("pack", "add", TestPacks.demo(dir).toString());
    cli.input("Paris\n5\n", "study", "--limit", "2", "--now=2026-03-02T09:00:00Z");
    List<String> cards = rows(db, "SELECT * FROM cards ORDER BY exercise_id");
    List<String> mastery = rows(db, "SELECT p_known, attempts FROM mastery");
    Cli.Result r =
        cli.input(
            "London\n5\n",
            "cram",
            "--pack",
            "demo",
            "--skill",
            "basics",
            "--limit",
            "2",
            "--now=2026-03-03T09:00:00Z");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("(cram)"), r.out());
    assertTrue(r.out().contains("unchanged: cramming leaves your schedule alone"), r.out());
    assertEquals(cards, rows(db, "SELECT * FROM cards ORDER BY exercise_id"));
    assertEquals(mastery, rows(db, "SELECT p_known, attempts FROM mastery"));
    assertEquals(
        List.of("cram|2|"),
        rows(db, "SELECT kind, count(*) FROM reviews WHERE kind = 'cram' GROUP BY kind"));
  }

  @Test
  void crammingGoesThroughEveryExerciseOnceThenStops() throws Exception {
    Cli cli = new Cli(dir.resolve("tutor.db"));
    cli.run("pack", "add", TestPacks.demo(dir).toString());
    Cli.Result r =
        cli.input(
            ":skip\n:skip\n:skip\n:skip\n",
            "cram",
            "--pack",
            "demo",
            "--skill",
            "basics",
            "--now=2026-03-03T09:00:00Z");
    assertTrue(r.out().contains("You have been through every exercise here"), r.out());
  }
}
