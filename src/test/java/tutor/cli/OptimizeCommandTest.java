package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

class OptimizeCommandTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Path db;
  private Cli cli;
  private Path revlog;

  @BeforeEach
  void setUp() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    revlog = dir.resolve("synthetic.csv");
    try (InputStream in = getClass().getResourceAsStream("/tutor/optimize/synthetic-90-days.csv")) {
      Files.write(revlog, in.readAllBytes());
    }
  }

  private String query(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static void oneLineNoTrace(Cli.Result r) {
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
  }

  @Test
  void helpExplainsTheHeldOutCheckAndShowsExamples() {
    Cli.Result r = cli.run("optimize", "--help");
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Examples:") && r.out().contains("--import-revlog"), r.out());
    assertTrue(r.out().contains("newest 20%") && r.out().contains("at least 400"), r.out());
  }

  @Test
  void importingALogAdoptsParametersThatPredictItsNewestReviewsBetter() throws Exception {
    Cli.Result r = cli.run("optimize", "--import-revlog", revlog.toString(), NOW);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("synthetic.csv: 3,079 reviews of 400 cards."), r.out());
    assertTrue(r.out().contains("Adopted:"), r.out());
    assertEquals("1", query("SELECT adopted FROM fsrs_parameters"));
    assertEquals(
        "synthetic.csv|3079|1872|" + java.time.Instant.parse("2026-03-02T09:00:00Z").toEpochMilli(),
        query(
            "SELECT source || '|' || review_count || '|' || item_count || '|' || fitted_at FROM fsrs_parameters"));
  }

  @Test
  void aSecondFitOnTheSameReviewsKeepsTheParametersInUseAndRecordsTheTry() throws Exception {
    cli.run("optimize", "--import-revlog", revlog.toString(), NOW);
    String adopted = query("SELECT parameters FROM fsrs_parameters WHERE adopted = 1");
    Cli.Result r = cli.run("optimize", "--import-revlog", revlog.toString(), NOW);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Kept the current parameters"), r.out());
    assertEquals("2", query("SELECT count(*) FROM fsrs_parameters"));
    assertEquals(adopted, query("SELECT parameters FROM fsrs_parameters WHERE adopted = 1"));
  }

  @Test
  void studySchedulesWithTheAdoptedParameters() throws Exception {
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    cli.run("optimize", "--import-revlog", revlog.toString(), NOW);
    JsonNode w =
        new ObjectMapper()
            .readTree(query("SELECT parameters FROM fsrs_parameters WHERE adopted = 1"));
    Cli.Result r = cli.input("Paris\n", "study", "--limit", "1", NOW);
    assertEquals(0, r.code(), r.toString());
    // A first answer rated Good starts the card at stability w2.
    assertEquals(
        w.get(2).asDouble(), Double.parseDouble(query("SELECT stability FROM cards")), 1e-9);
  }

  @Test
  void withTooFewReviewsNothingIsFittedOrRecorded() throws Exception {
    Cli.Result r = cli.run("optimize", NOW);
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out()
            .contains("too few to fit parameters: tutor needs at least 400. Keeping the default"),
        r.out());
    assertEquals("0", query("SELECT count(*) FROM fsrs_parameters"));
  }

  @Test
  void aDryRunReportsButChangesNothing() throws Exception {
    Cli.Result r = cli.run("optimize", "--import-revlog", revlog.toString(), "--dry-run", NOW);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("--dry-run changes nothing"), r.out());
    assertEquals("0", query("SELECT count(*) FROM fsrs_parameters"));
  }

  @Test
  void jsonOutputHasTheVerdictTheHeldOutMetricsAndTheParameters() throws Exception {
    Cli.Result r =
        cli.run("optimize", "--import-revlog", revlog.toString(), "--format", "json", NOW);
    JsonNode o = new ObjectMapper().readTree(r.out());
    assertEquals("adopted", o.get("verdict").asText());
    assertEquals(1872, o.get("items").asInt());
    assertEquals(374, o.get("held_out_items").asInt());
    assertTrue(
        o.get("after").get("log_loss").asDouble() < o.get("before").get("log_loss").asDouble());
    assertEquals(21, o.get("parameters").size());
  }

  @Test
  void aBadCsvLineIsOneErrorLineNamingFileLineAndFieldWithExitCodeTwo() throws Exception {
    Path bad = dir.resolve("bad.csv");
    Files.writeString(bad, "card_id,review_time,rating\na,1000,3\na,2000,7\n");
    Cli.Result r = cli.run("optimize", "--import-revlog", bad.toString(), NOW);
    assertEquals(2, r.code(), r.toString());
    assertEquals(
        "tutor: " + bad + ":3: rating '7' is not 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)",
        r.err().strip());
    oneLineNoTrace(r);
  }

  @Test
  void aMissingFileIsBadInput() {
    Cli.Result r = cli.run("optimize", "--import-revlog", dir.resolve("none.csv").toString(), NOW);
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("none.csv: no such file"), r.err());
    oneLineNoTrace(r);
  }
}
