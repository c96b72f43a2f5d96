package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.importer.ApkgFixture;
import tutor.packfile.ZipFiles;

/**
 * `tutor pack import deck.apkg --with-history`: someone moving from Anki sees the same cards due on
 * the same days as Anki would have shown them, and `tutor optimize` reads the imported log.
 */
class PackImportHistoryTest {
  private static final long DAY = 86_400L;

  /**
   * 2026-01-01 04:00 UTC: the collection's days start at 04:00, as Anki's default "next day starts
   * at".
   */
  private static final long CREATED = 1_767_240_000L;

  @TempDir Path dir;

  private static Cli.Result ok(Cli.Result r) {
    assertEquals(0, r.code(), r.toString());
    return r;
  }

  private Path deck() throws Exception {
    long learned = (CREATED + 90 * DAY + 3600) * 1000;
    return new ApkgFixture()
        .created(CREATED)
        .note(1, ApkgFixture.BASIC, "", 10, "uno", "one")
        .note(2, ApkgFixture.BASIC, "", 10, "dos", "two")
        .note(3, ApkgFixture.BASIC, "", 10, "tres", "three")
        .note(4, ApkgFixture.BASIC, "", 10, "cuatro", "four")
        // uno: learned on day 90, reviewed on days 91 and 95, due on day 100
        .review(1, 0, learned, 3, -600, 0, 4000, 0)
        .review(1, 0, learned + DAY * 1000, 3, 4, 2500, 3000, 1)
        .review(1, 0, learned + 5 * DAY * 1000, 3, 5, 2500, 3000, 1)
        .schedule(1, 0, 2, 2, 100, 5, 2500, 3, 0)
        // dos: learned on day 90, due on day 102
        .review(2, 0, learned + 60_000, 4, 12, 0, 2000, 0)
        .schedule(2, 0, 2, 2, 102, 12, 2500, 1, 0)
        // tres: forgotten on day 99 at 10:00, in relearning, due again 10 minutes later
        .review(3, 0, learned + 120_000, 3, 9, 0, 2000, 0)
        .review(3, 0, (CREATED + 99 * DAY + 6 * 3600) * 1000, 1, -600, 2500, 9000, 1)
        .schedule(3, 0, 3, 1, CREATED + 99 * DAY + 6 * 3600 + 600, 0, 2300, 2, 1)
        .write(dir, "spanish.apkg", "collection.anki2");
  }

  @Test
  void theSameCardsAreDueOnTheSameDaysAsInAnki() throws Exception {
    Path db = dir.resolve("t.db");
    Cli cli = new Cli(db);
    Cli.Result r =
        ok(
            cli.run(
                "pack",
                "import",
                deck().toString(),
                "--with-history",
                "--out",
                dir.resolve("spanish").toString(),
                "--now=2026-04-10T12:00:00Z"));
    assertTrue(
        r.out().contains("brought the deck's history into learner default: 6 reviews, 3 cards"),
        r.out());
    Map<String, Long> due = new TreeMap<>();
    for (List<Object> row : Rows.query(db, "SELECT exercise_id, due FROM cards")) {
      due.put((String) row.get(0), ((Number) row.get(1)).longValue());
    }
    assertEquals(
        Map.of(
            "n1-1",
            (CREATED + 100 * DAY) * 1000,
            "n2-1",
            (CREATED + 102 * DAY) * 1000,
            "n3-1",
            (CREATED + 99 * DAY + 6 * 3600 + 600) * 1000),
        due,
        "Anki's due dates, card by card");
    assertEquals(
        List.of("n3-1"), dueAt(cli, "2026-04-10T12:00:00Z"), "day 99: only the relearning card");
    assertEquals(
        List.of("n1-1", "n3-1"), dueAt(cli, "2026-04-11T05:00:00Z"), "day 100 starts at 04:00");
    assertEquals(List.of("n1-1", "n2-1", "n3-1"), dueAt(cli, "2026-04-13T05:00:00Z"));
    // Memory rebuilt by FSRS: a card answered Good three times is more stable than one just
    // forgotten.
    double uno =
        ((Number)
                Rows.query(db, "SELECT stability FROM cards WHERE exercise_id = 'n1-1'")
                    .get(0)
                    .get(0))
            .doubleValue();
    double tres =
        ((Number)
                Rows.query(db, "SELECT stability FROM cards WHERE exercise_id = 'n3-1'")
                    .get(0)
                    .get(0))
            .doubleValue();
    assertTrue(uno > tres && tres > 0, uno + " vs " + tres);
    assertEquals(6, Rows.count(db, "SELECT count(*) FROM reviews WHERE kind = 'anki'"));
    Cli.Result opt = cli.run("optimize", "--format", "json", "--now=2026-04-10T12:00:00Z");
    JsonNode fit = new ObjectMapper().readTree(opt.out());
    assertEquals("history", fit.path("source").asText(), opt.toString());
    assertEquals(6, fit.path("rows").asInt(), "optimize reads every imported answer");
    // The imported answers are history, not something to take back.
    assertEquals(6, Rows.count(db, "SELECT count(*) FROM reviews"));
    cli.run("undo", "--yes", "--now=2026-04-10T12:00:00Z");
    assertEquals(6, Rows.count(db, "SELECT count(*) FROM reviews"));
  }

  private static List<String> dueAt(Cli cli, String now) throws Exception {
    JsonNode j =
        new ObjectMapper().readTree(ok(cli.run("due", "--format", "json", "--now=" + now)).out());
    List<String> out = new java.util.ArrayList<>();
    j.path("due")
        .forEach(
            d -> {
              if (Instant.parse(d.path("due").asText()).compareTo(Instant.parse(now)) <= 0)
                out.add(d.path("exercise").asText());
            });
    return out.stream().sorted().toList();
  }

  @Test
  void withoutTheFlagTheHistoryIsNamedAsLeftBehind() throws Exception {
    Cli cli = new Cli(dir.resolve("t.db"));
    Cli.Result r =
        ok(
            cli.run(
                "pack",
                "import",
                deck().toString(),
                "--out",
                dir.resolve("p").toString(),
                "--format",
                "json"));
    JsonNode j = new ObjectMapper().readTree(r.out());
    JsonNode history = null;
    for (JsonNode l : j.path("losses")) if (l.path("kind").asText().equals("history")) history = l;
    assertTrue(history != null, r.out());
    assertEquals(6, history.path("count").asInt());
    assertEquals("review", history.path("unit").asText());
  }

  @Test
  void mediaAreKeptInThePackValidatedAndShownByTheTerminalAndTheProtocol() throws Exception {
    Path deck =
        new ApkgFixture()
            .note(1, ApkgFixture.BASIC, "", 10, "What animal? <img src=\"dog.png\">", "a dog")
            .media("dog.png", new byte[] {1, 2, 3})
            .write(dir, "pictures.apkg", "collection.anki2");
    Path db = dir.resolve("t.db");
    Cli cli = new Cli(db);
    Path pack = dir.resolve("pictures");
    Cli.Result r = ok(cli.run("pack", "import", deck.toString(), "--out", pack.toString()));
    assertTrue(r.out().contains("with 1 media file"), r.out());
    assertTrue(Files.isRegularFile(pack.resolve("media/dog.png")));
    ok(cli.run("pack", "validate", pack.toString()));
    ok(cli.run("pack", "add", pack.toString()));
    Cli.Result study = cli.input("\n3\n", "study", "--limit", "1", "--now=2026-04-10T12:00:00Z");
    assertTrue(
        study.out().contains("What animal?") && study.out().contains("[image: media/dog.png]"),
        study.toString());
    Cli.Result jsonl =
        cli.input("", "study", "--jsonl", "--limit", "1", "--now=2026-04-10T12:00:00Z");
    assertTrue(
        jsonl.out().contains("\"media\":[{\"path\":\"media/dog.png\",\"kind\":\"image\"}]"),
        jsonl.toString());
    // The installed pack keeps its media: exported from the database, the zip has them and
    // installs.
    Path zip = dir.resolve("pictures.zip");
    ok(cli.run("pack", "export", "pictures", "--out", zip.toString()));
    assertTrue(
        ZipFiles.names(zip).contains("pictures/media/dog.png"), ZipFiles.names(zip).toString());
    ok(cli.run("pack", "validate", zip.toString()));
    Files.delete(pack.resolve("media/dog.png"));
    Cli.Result invalid = cli.run("pack", "validate", pack.toString());
    assertEquals(2, invalid.code(), invalid.toString());
    assertTrue(
        invalid.out().contains("media file 'media/dog.png' does not exist in the pack"),
        invalid.toString());
  }

  @Test
  void aCsvFileHasNoHistoryToBring() throws Exception {
    Path csv = Files.writeString(dir.resolve("w.csv"), "hola,hello\n");
    Cli.Result r =
        new Cli(dir.resolve("t.db"))
            .run(
                "pack",
                "import",
                csv.toString(),
                "--with-history",
                "--out",
                dir.resolve("w").toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("--with-history needs an Anki deck"), r.err());
    assertTrue(!Files.exists(dir.resolve("w")), "nothing written");
  }

  /**
   * The real deck with a review log (ankidroid-templates): every imported card keeps Anki's due
   * date.
   */
  @Test
  void aRealDeckKeepsAnkisDueDates() throws Exception {
    Path deck =
        Path.of(
            System.getProperty("tutor.decks", "/work/shared/decks"),
            "ankidroid-templates/templates.apkg");
    assumeTrue(Files.isRegularFile(deck), "shared decks not available: " + deck);
    Path db = dir.resolve("t.db");
    Cli cli = new Cli(db);
    ok(
        cli.run(
            "pack",
            "import",
            deck.toString(),
            "--with-history",
            "--out",
            dir.resolve("templates").toString()));
    Path collection = dir.resolve("collection.anki2");
    ZipFiles.extract(deck, "collection.anki2", collection, 64L * 1024 * 1024);
    Map<String, Long> anki = new HashMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + collection);
        Statement st = c.createStatement();
        ResultSet rs =
            st.executeQuery("SELECT nid, ord, due, type FROM cards WHERE type IN (1, 3)")) {
      while (rs.next())
        anki.put("n" + rs.getLong(1) + "-" + (rs.getInt(2) + 1), rs.getLong(3) * 1000);
    }
    List<List<Object>> ours = Rows.query(db, "SELECT exercise_id, due FROM cards");
    assertTrue(ours.size() >= 10, "" + ours.size());
    for (List<Object> row : ours) {
      assertEquals(
          anki.get((String) row.get(0)), ((Number) row.get(1)).longValue(), "card " + row.get(0));
    }
    assertTrue(Rows.count(db, "SELECT count(*) FROM reviews WHERE kind = 'anki'") > 50);
    ok(cli.run("pack", "validate", dir.resolve("templates").toString()));
  }
}
