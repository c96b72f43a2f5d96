package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise failed over and over stops coming back within the session; one forgotten again and
 * again across days becomes a leech, is suspended or re-taught, listed, and can be brought back.
 */
class LeechSessionTest {
  private static final String PROMPT = "Which of these are prime?";
  @TempDir Path dir;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    pack = dir.resolve("primes");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: primes
        title: Primes
        version: 1.0.0
        skills:
          - id: primes
            title: Prime numbers
            lesson: |
              A prime has exactly two divisors: **one and itself**.
            worked_examples:
              - problem: Is 9 prime?
                steps: [9 = 3 x 3.]
                answer: "No"
        """);
    Files.writeString(
        pack.resolve("exercises/primes.yaml"),
        """
        exercises:
          - id: which-prime
            skill: primes
            type: choice
            prompt: Which of these are prime?
            options: ["2", "4", "7", "9"]
            correct: ["2", "7"]
            shuffle: false
        """);
    cli = new Cli(dir.resolve("tutor.db"));
    assertEquals(0, cli.run("pack", "add", pack.toString()).code());
  }

  private Path pack;

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  private static String day(int n) {
    return "--now=" + LocalDate.of(2026, 3, 2).plusDays(n) + "T09:00:00Z";
  }

  @Test
  void aChooseAllThatApplyAnsweredWronglyStopsComingBackAfterThreeMisses() {
    Cli.Result r = cli.input("2 4\n".repeat(40), "study", "--limit", "40", day(0));
    assertEquals(0, r.code(), r.toString());
    assertEquals(3, count(r.out(), PROMPT), r.out());
    String flat = r.out().replace('\n', ' ');
    assertTrue(
        flat.contains("Set aside for the rest of this session: you missed this exercise 3 times."),
        r.out());
    assertTrue(
        flat.contains("Type :lesson to read the lesson again, :example for a worked example"),
        r.out());
    assertTrue(r.out().contains("That is all for now."), r.out());
    // The picker stepped back from the skill after three misses in a row: the end says why.
    assertTrue(
        flat.contains("After 3 misses in a row, no more new exercises of")
            && flat.contains("in this session; tutor lesson"),
        r.out());
    // The next session, it is back.
    Cli.Result next = cli.input("1 3\n", "study", "--limit", "1", day(1));
    assertEquals(1, count(next.out(), PROMPT), next.out());
  }

  @Test
  void disputingTheMissThatSetItAsideBringsItBack() {
    Cli.Result r = cli.input("2 4\n2 4\n2 4\n:dispute\n", "study", "--limit", "40", day(0));
    assertEquals(0, r.code(), r.toString());
    String flat = r.out().replace('\n', ' ');
    assertTrue(flat.contains("Set aside for the rest of this session"), r.out());
    assertTrue(
        flat.contains("Counted as right") && flat.contains("It is no longer set aside."), r.out());
    assertTrue(flat.contains("3 answered, 1 correct"), r.out());
  }

  /** Learned on day 0; then on each later day it is due, forgotten (a lapse) and relearned. */
  private int lapseDaily(int days, int fromDay) {
    int shown = 0;
    for (int d = fromDay; d < fromDay + days; d++) {
      Cli.Result r = cli.input("2 4\n1 3\n", "study", "--limit", "2", day(d));
      assertEquals(0, r.code(), r.toString());
      shown += count(r.out(), PROMPT);
    }
    return shown;
  }

  @Test
  void forgottenAgainAndAgainItBecomesALeechIsSuspendedListedAndCanComeBack() {
    assertEquals(0, cli.run("settings", "leech-threshold", "3").code());
    assertEquals(2, count(cli.input("1 3\n1 3\n", "study", "--limit", "2", day(0)).out(), PROMPT));
    StringBuilder all = new StringBuilder();
    for (int d = 1; d <= 30 && !all.toString().contains("Leech:"); d++) {
      all.append(cli.input("2 4\n1 3\n", "study", "--limit", "2", day(d)).out());
    }
    String flat = all.toString().replace('\n', ' ');
    assertTrue(
        flat.contains(
            "Leech: \"Which of these are prime?\": you have forgotten it 3 times after learning it."),
        all.toString());
    assertTrue(
        flat.contains(
            "Suspended: it stays out of your sessions until you bring it back with:"
                + " tutor leeches unsuspend primes/which-prime"),
        all.toString());

    Cli.Result list = cli.run("leeches");
    assertTrue(list.out().contains("primes/which-prime  3 lapses, suspended"), list.toString());
    Cli.Result json = cli.run("leeches", "--format", "json");
    assertTrue(
        json.out().contains("\"exercise\" : \"which-prime\"")
            && json.out().contains("\"suspended\" : true"),
        json.toString());

    // For authors: pack stats (this database's learners) and report items (learners' exports).
    Cli.Result stats = cli.run("pack", "stats", pack.toString());
    assertTrue(stats.out().contains("Leeches among this database's learners"), stats.toString());
    assertTrue(stats.out().contains("  which-prime  a leech for 1 learner"), stats.toString());
    Cli.Result statsJson = cli.run("pack", "stats", pack.toString(), "--format", "json");
    assertTrue(
        statsJson
            .out()
            .replaceAll("\\s+", "")
            .contains("\"leeches\":[{\"exercise\":\"which-prime\",\"learners\":1}]"),
        statsJson.toString());
    Path exports = dir.resolve("exports");
    assertEquals(0, cli.run("export", "--out", exports.toString(), day(59)).code());
    Cli.Result items = cli.run("report", "items", exports.toString(), "--pack", pack.toString());
    assertTrue(
        items.out().contains("  which-prime (primes): a leech for 1 learner"), items.toString());
    Cli.Result itemsJson =
        cli.run(
            "report", "items", exports.toString(), "--pack", pack.toString(), "--format", "json");
    assertTrue(
        itemsJson
            .out()
            .replaceAll("\\s+", "")
            .contains(
                "\"leeches\":[{\"exercise\":\"which-prime\",\"skill\":\"primes\",\"learners\":1}]"),
        itemsJson.toString());

    Cli.Result later = cli.input("1 3\n", "study", "--limit", "1", day(60));
    assertEquals(0, count(later.out(), PROMPT), "suspended: it does not come back\n" + later.out());

    assertEquals(2, cli.run("leeches", "unsuspend", "primes/nothing").code());
    assertEquals(2, cli.run("leeches", "unsuspend").code(), "a leech or --all");
    Cli.Result back = cli.run("leeches", "unsuspend", "primes/which-prime");
    assertEquals(0, back.code(), back.toString());
    assertTrue(cli.run("leeches").out().contains("unsuspended, in study"));
    assertEquals(1, count(cli.input("1 3\n", "study", "--limit", "1", day(61)).out(), PROMPT));
  }

  /** The sum of one JSON array's "due" fields. */
  private static int dues(com.fasterxml.jackson.databind.JsonNode array) {
    int n = 0;
    for (var d : array) n += d.get("due").asInt();
    return n;
  }

  @Test
  void aSuspendedLeechIsNeitherDueNorForecastNorCountedByStatsUntilItIsBack() throws Exception {
    assertEquals(0, cli.run("settings", "leech-threshold", "2").code());
    cli.input("1 3\n1 3\n", "study", "--limit", "2", day(0));
    StringBuilder all = new StringBuilder();
    for (int d = 1; d <= 30 && !all.toString().contains("Leech:"); d++) {
      all.append(cli.input("2 4\n1 3\n", "study", "--limit", "2", day(d)).out());
    }
    assertTrue(all.toString().contains("Suspended:"), all.toString());
    // Long after its relearning step fell due: as in Anki, a suspended card is due nowhere.
    var json = tutor.json.Json.MAPPER;
    Cli.Result due = cli.run("due", "--format", "json", day(60));
    assertEquals(0, json.readTree(due.out()).get("due_now").asInt(), due.toString());
    assertEquals(0, dues(json.readTree(due.out()).get("upcoming")), due.toString());
    Cli.Result dueText = cli.run("due", day(60));
    assertFalse(dueText.out().contains(PROMPT), dueText.toString());
    assertTrue(dueText.out().contains("Nothing is due now"), dueText.toString());
    Cli.Result forecast = cli.run("forecast", "--format", "json", day(60));
    for (var r : json.readTree(forecast.out()).get("forecast"))
      assertEquals(0, r.get("total").asInt(), forecast.toString());
    assertTrue(
        cli.run("forecast", day(60)).out().contains("your only cards are suspended leeches"),
        cli.run("forecast", day(60)).toString());
    Cli.Result stats = cli.run("stats", "--format", "json", day(60));
    assertEquals(0, dues(json.readTree(stats.out()).get("due_per_day")), stats.toString());
    Cli.Result study = cli.input("", "study", day(60));
    assertFalse(study.out().contains(PROMPT), study.toString());

    assertEquals(0, cli.run("leeches", "unsuspend", "--all").code());
    Cli.Result back = cli.run("due", "--format", "json", day(60));
    assertEquals(1, json.readTree(back.out()).get("due_now").asInt(), back.toString());
    assertTrue(cli.run("due", day(60)).out().contains(PROMPT), cli.run("due", day(60)).toString());
    Cli.Result forecastBack = cli.run("forecast", "--format", "json", day(60));
    for (var r : json.readTree(forecastBack.out()).get("forecast"))
      assertTrue(r.get("total").asInt() > 0, forecastBack.toString());
    Cli.Result statsBack = cli.run("stats", "--format", "json", day(60));
    assertEquals(1, dues(json.readTree(statsBack.out()).get("due_per_day")), statsBack.toString());
    Cli.Result studyBack = cli.input("", "study", day(60));
    assertTrue(studyBack.out().contains(PROMPT), studyBack.toString());
  }

  @Test
  void withLeechActionReteachTheLessonIsShownAgainAndItStaysInStudy() {
    assertEquals(0, cli.run("settings", "leech-threshold", "2").code());
    assertEquals(0, cli.run("settings", "leech-action", "reteach").code());
    cli.input("1 3\n1 3\n", "study", "--limit", "2", day(0));
    StringBuilder all = new StringBuilder();
    for (int d = 1; d <= 30 && !all.toString().contains("Leech:"); d++) {
      all.append(cli.input("2 4\n1 3\n", "study", "--limit", "2", day(d)).out());
    }
    String out = all.toString();
    assertTrue(
        out.contains("Leech: \"Which of these are prime?\": you have forgotten it 2 times"), out);
    assertTrue(out.contains("Re-taught: an exercise you keep forgetting"), out);
    assertTrue(
        out.indexOf("one and itself") > out.indexOf("Leech:"),
        "the lesson again, after the leech line:\n" + out);
    assertFalse(out.contains("Suspended:"), out);
    assertTrue(cli.run("leeches").out().contains("re-taught, in study"));
    assertEquals(1, count(cli.input("1 3\n", "study", "--limit", "1", day(60)).out(), PROMPT));
  }

  @Test
  void aDisputedAnswerThatMadeItALeechTakesTheFlagAndTheSuspensionBack() throws Exception {
    Path db = dir.resolve("tutor.db");
    assertEquals(0, cli.run("settings", "leech-threshold", "2").code());
    cli.input("1 3\n1 3\n", "study", "--limit", "2", day(0));
    for (int d = 1; d <= 60; d++) {
      java.util.List<Object> card = Rows.query(db, "SELECT lapses, phase FROM cards").get(0);
      if (((Number) card.get(0)).intValue() == 1 && card.get(1).equals("review")) {
        // The second lapse makes it a leech (suspended); the learner says the answer was right.
        Cli.Result r = cli.input("2 4\n:dispute\n", "study", "--limit", "1", day(d));
        assertEquals(0, r.code(), r.toString());
        String flat = r.out().replace('\n', ' ');
        if (!flat.contains(PROMPT)) continue; // not due yet
        assertTrue(
            flat.contains("Leech: \"Which of these are prime?\": you have forgotten it 2 times"),
            r.out());
        assertTrue(flat.contains("Counted as right"), r.out());
        assertTrue(
            flat.contains("It is no longer flagged as a leech, and stays in study."), r.out());
        assertEquals(java.util.List.of(), Rows.query(db, "SELECT * FROM leeches"), "no leech left");
        assertEquals(
            java.util.List.of(java.util.List.of(1, "review")),
            Rows.query(db, "SELECT lapses, phase FROM cards"),
            "the disputed answer is no lapse");
        assertTrue(
            cli.run("leeches").out().toLowerCase(java.util.Locale.ROOT).contains("no leeches"),
            cli.run("leeches").toString());
        return;
      }
      cli.input("2 4\n1 3\n", "study", "--limit", "2", day(d));
    }
    throw new AssertionError(
        "the card never came due in review with one lapse: "
            + Rows.query(db, "SELECT lapses, phase, due FROM cards"));
  }
}
