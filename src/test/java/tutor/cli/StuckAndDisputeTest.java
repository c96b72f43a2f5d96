package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * When stuck and "I was right" through the real CLI: :show and :dispute in a piped session and over
 * JSON lines, what the review log keeps, undo after a dispute, and the reports that list disputed
 * answers for authors.
 */
class StuckAndDisputeTest {
  private static final String DAY1 = "--now=2026-03-02T09:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path db;
  private Path pack;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    pack = TestPacks.demo(dir);
    assertEquals(0, cli.run("pack", "add", pack.toString()).code());
  }

  private List<List<Object>> reviews() throws Exception {
    return Rows.query(
        db,
        "SELECT exercise_id, rating, correct, answer, shown, disputed FROM reviews ORDER BY id");
  }

  @Test
  void aDisputedAnswerCountsAsRightAndTheLogKeepsTheVerdictBesideIt() throws Exception {
    Cli.Result r = cli.input("London\n:dispute\n5\n", "study", "--limit", "2", DAY1);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("If you were right, type :dispute."), r.out());
    assertTrue(r.out().contains("Counted as right: \"What is the capital of France?\""), r.out());
    assertTrue(
        r.out().contains("Your answer 'London' is noted as disputed for the pack's author."),
        r.out());
    assertFalse(r.out().contains("capital,"), "the exercise by its id:\n" + r.out());
    assertTrue(r.out().contains("(rated Good)"), r.out());
    assertTrue(r.out().contains("2 answered, 2 correct (100%)"), r.out());
    // correct and rating are the learner's call; disputed says the grader had rejected it
    assertEquals(
        List.of(List.of("capital", 3, 1, "London", 0, 1), List.of("sum", 3, 1, "5", 0, 0)),
        reviews());
    // scheduled as a right answer: the card is in its learning steps, not relearning
    assertEquals(
        List.of(List.of("learning", 0)),
        Rows.query(db, "SELECT phase, lapses FROM cards WHERE exercise_id = 'capital'"));
  }

  @Test
  void aDisputedAnswerIsScheduledExactlyAsTheSameAnswerAcceptedWouldBe() throws Exception {
    cli.input("London\n:dispute\n:quit\n", "study", "--limit", "2", DAY1);
    List<List<Object>> disputed =
        Rows.query(db, "SELECT phase, step, stability, difficulty, due / 1000 FROM cards");
    List<List<Object>> mastery =
        Rows.query(db, "SELECT skill_id, p_known, attempts, correct FROM mastery");
    assertEquals(0, cli.run("undo").code());
    cli.input("Paris\n", "study", "--limit", "1", DAY1);
    assertEquals(
        disputed,
        Rows.query(db, "SELECT phase, step, stability, difficulty, due / 1000 FROM cards"));
    assertEquals(
        mastery, Rows.query(db, "SELECT skill_id, p_known, attempts, correct FROM mastery"));
  }

  @Test
  void theLastAnswerOfAPipedSessionCanBeDisputedByAFinalLine() throws Exception {
    Cli.Result r = cli.input("London\n:dispute\n", "study", "--limit", "1", DAY1);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Counted as right: \"What is the capital of France?\""), r.out());
    assertTrue(r.out().contains("1 answered, 1 correct (100%)"), r.out());
    assertEquals(List.of(List.of("capital", 3, 1, "London", 0, 1)), reviews());
    // A script without the line just ends, and is not asked anything.
    assertEquals(0, cli.run("learner", "add", "sam").code());
    assertEquals(0, cli.run("learner", "use", "sam").code());
    Cli.Result plain = cli.input("London\n", "study", "--limit", "1", DAY1);
    assertEquals(0, plain.code(), plain.toString());
    assertFalse(plain.out().contains("Enter to finish"), plain.out());
    assertTrue(plain.out().contains("1 answered, 0 correct"), plain.out());
  }

  @Test
  void theLastAnswerOverJsonLinesCanBeDisputedWhenAskedToFinish() throws Exception {
    Cli.Result r =
        cli.input(
            "{\"answer\": \"London\"}\n{\"dispute\": true}\n",
            "study",
            "--jsonl",
            "--limit",
            "1",
            "--seed",
            "3",
            DAY1);
    assertEquals(0, r.code(), r.toString());
    List<String> order = new ArrayList<>();
    JsonNode summary = null;
    for (String line : r.out().split("\n")) {
      JsonNode e = JSON.readTree(line);
      String name = e.get("event").asText();
      order.add(name.equals("await") ? "await:" + e.get("for").asText() : name);
      if (name.equals("summary")) summary = e;
    }
    int feedback = order.indexOf("feedback");
    assertEquals(
        List.of("feedback", "await:finish", "disputed", "summary"),
        order.subList(feedback, order.size()),
        r.out());
    assertEquals(1, summary.get("correct").asInt());
    assertEquals("done", summary.get("ended_by").asText());
    assertEquals(List.of(List.of("capital", 3, 1, "London", 0, 1)), reviews());
    // A client that just closes its input finishes as before.
    assertEquals(0, cli.run("learner", "add", "sam").code());
    assertEquals(0, cli.run("learner", "use", "sam").code());
    Cli.Result closed =
        cli.input(
            "{\"answer\": \"London\"}\n", "study", "--jsonl", "--limit", "1", "--seed", "3", DAY1);
    assertTrue(closed.out().contains("\"ended_by\":\"done\""), closed.out());
    assertFalse(closed.out().contains("\"event\":\"disputed\""), closed.out());
  }

  @Test
  void undoAfterADisputeTakesTheAnswerBackEntirely() throws Exception {
    Cli.Result r = cli.input("London\n:dispute\n:undo\n:quit\n", "study", "--limit", "3", DAY1);
    assertTrue(
        r.out().contains("Undone: your answer to \"What is the capital of France?\" is taken back"),
        r.out());
    Map<String, List<List<Object>>> after = Rows.ofLearner(db, "default", false);
    for (String table : List.of("reviews", "cards", "mastery"))
      assertEquals(List.of(), after.get(table), table);
  }

  @Test
  void thereIsNothingToDisputeAfterARightAnswerAShownAnswerOrADispute() throws Exception {
    Cli.Result r =
        cli.input(
            ":dispute\nParis\n:dispute\n:show\n:dispute\n:quit\n", "study", "--limit", "3", DAY1);
    assertEquals(
        3, r.out().split("There is no rejected answer to dispute", -1).length - 1, r.out());
    assertEquals(
        List.of(List.of("capital", 3, 1, "Paris", 0, 0), List.of("sum", 1, 0, "", 1, 0)),
        reviews());
    assertEquals(0, cli.run("learner", "add", "sam").code());
    assertEquals(0, cli.run("learner", "use", "sam").code());
    Cli.Result twice = cli.input("London\n:dispute\n:dispute\n", "study", "--limit", "2", DAY1);
    assertTrue(twice.out().contains("There is no rejected answer to dispute"), twice.out());
  }

  @Test
  void showRevealsTheAnswerWithItsExplanationAndRecordsAMiss() throws Exception {
    Cli.Result r = cli.input("?\n:show\n", "study", "--limit", "1", DAY1);
    assertTrue(r.out().contains("Hint 1 of 1: It is on the Seine."), r.out());
    assertTrue(r.out().contains("The answer: Paris"), r.out());
    assertTrue(r.out().contains("Why: Paris has been the capital for centuries."), r.out());
    assertTrue(r.out().contains("(rated Again)"), r.out());
    assertFalse(r.out().contains("Not quite"), "nothing was typed to be wrong: " + r.out());
    assertTrue(r.out().contains("1 answered, 0 correct"), r.out());
    assertEquals(List.of(List.of("capital", 1, 0, "", 1, 0)), reviews());
    assertEquals(List.of(List.of(1)), Rows.query(db, "SELECT hints_used FROM reviews"));
  }

  @Test
  void skipAfterATryShowsTheAnswerAndRecordsNothingAsBefore() throws Exception {
    Cli.Result r = cli.input("?\n:skip\n:skip\n", "study", "--limit", "2", DAY1);
    assertTrue(r.out().contains("Skipped. The answer: Paris"), r.out());
    assertTrue(r.out().contains("Why: Paris has been the capital for centuries."), r.out());
    assertTrue(r.out().contains("Skipped.\n"), "the second, before trying, just skips: " + r.out());
    assertFalse(r.out().contains("The answer: 5"), r.out());
    assertEquals(List.of(), reviews());
  }

  /** Events of a --jsonl session, await lines left out. */
  private List<JsonNode> jsonl(String... commands) throws Exception {
    Cli.Result r =
        cli.input(String.join("\n", commands) + "\n", "study", "--jsonl", "--seed", "3", DAY1);
    assertEquals(0, r.code(), r.toString());
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      JsonNode e = JSON.readTree(line);
      if (!e.get("event").asText().equals("await")) events.add(e);
    }
    return events;
  }

  private static JsonNode first(List<JsonNode> events, String name, int skip) {
    return events.stream()
        .filter(e -> e.get("event").asText().equals(name))
        .skip(skip)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + name + " event in " + events));
  }

  @Test
  void overJsonLinesHintsShowDisputeAndSkipWork() throws Exception {
    List<JsonNode> events =
        jsonl(
            "{\"hint\": true}",
            "{\"skip\": true}", // capital: its one hint, then skipped
            "{\"answer\": 4}", // sum: rejected
            "{\"dispute\": true}", // ...and disputed while colour is open
            "{\"show\": true}", // colour: no hints, so the answer at once
            "{\"skip\": true}", // boil: skipped before trying
            "{\"quit\": true}");
    JsonNode hint = first(events, "hint", 0);
    assertEquals(1, hint.get("number").asInt());
    assertEquals(1, hint.get("of").asInt());
    JsonNode skipped = first(events, "skipped", 0);
    assertEquals("capital", skipped.get("exercise").asText());
    assertEquals(
        "Paris", skipped.get("expected").asText(), "skipped after a hint: the answer is shown");
    assertEquals("Paris has been the capital for centuries.", skipped.get("explanation").asText());
    JsonNode rejected = first(events, "feedback", 0);
    assertEquals("sum", rejected.get("exercise").asText());
    assertFalse(rejected.get("correct").asBoolean());
    assertTrue(rejected.get("disputable").asBoolean());
    assertFalse(rejected.get("shown").asBoolean());
    JsonNode disputed = first(events, "disputed", 0);
    assertEquals("sum", disputed.get("exercise").asText());
    assertEquals("4", disputed.get("answer").asText());
    assertEquals("good", disputed.get("rating").asText());
    assertTrue(disputed.get("due").asText().startsWith("2026-03-02T"), disputed.toString());
    JsonNode shown = first(events, "feedback", 1);
    assertEquals("colour", shown.get("exercise").asText());
    assertTrue(shown.get("shown").asBoolean());
    assertFalse(shown.get("disputable").asBoolean());
    assertEquals("again", shown.get("rating").asText());
    assertEquals("1) Red", shown.get("expected").asText());
    assertEquals("boil", first(events, "skipped", 1).get("exercise").asText());
    assertTrue(
        first(events, "skipped", 1).get("expected").isNull(),
        "skipped before trying: no answer shown");
    assertEquals(1, first(events, "summary", 0).get("correct").asInt());
    assertEquals(
        List.of(List.of("sum", 3, 1, "4", 0, 1), List.of("colour", 1, 0, "", 1, 0)), reviews());
  }

  @Test
  void overJsonLinesShowBeforeTheLastHintSaysHowManyAreLeft() throws Exception {
    Files.writeString(
        pack.resolve("exercises/basics.yaml"),
        Files.readString(pack.resolve("exercises/basics.yaml"))
            .replace(
                "hints: [It is on the Seine.]", "hints: [It is a city., It is on the Seine.]"));
    assertEquals(0, cli.run("pack", "add", pack.toString()).code());
    List<JsonNode> events =
        jsonl("{\"show\": true}", "{\"hint\": true}", "{\"show\": true}", "{\"quit\": true}");
    assertTrue(
        first(events, "info", 0).get("message").asText().startsWith("2 hints are left"),
        events.toString());
    assertEquals(2, first(events, "hint", 0).get("of").asInt());
    assertTrue(first(events, "feedback", 0).get("shown").asBoolean());
  }

  @Test
  void disputeNeedsARejectedAnswerOverJsonLinesToo() throws Exception {
    List<JsonNode> events = jsonl("{\"dispute\": true}", "{\"quit\": true}");
    JsonNode error = first(events, "error", 0);
    assertTrue(
        error.get("message").asText().startsWith("There is no rejected answer to dispute"),
        error.toString());
  }

  @Test
  void reportItemsAndPackStatsListTheDisputedAnswersPerExercise() throws Exception {
    Path exports = dir.resolve("exports");
    cli.input("London\n:dispute\n4\n", "study", "--limit", "2", DAY1);
    assertEquals(0, cli.run("export", "--out", exports.toString(), DAY1).code());
    assertEquals(0, cli.run("learner", "add", "sam").code());
    assertEquals(0, cli.run("learner", "use", "sam").code());
    cli.input("paris, france\n:dispute\n:show\n", "study", "--limit", "2", DAY1);
    assertEquals(0, cli.run("export", "--out", exports.toString(), "--format", "csv", DAY1).code());

    String table = cli.run("report", "items", exports.toString(), "--pack", pack.toString()).out();
    assertTrue(
        table.contains(
            """
        Disputed answers (rejected by the key, counted as right by the learner: extend the key?):
          capital (key: Paris)
            1 time:  'London'
            1 time:  'paris, france'
        """),
        table);
    JsonNode items =
        JSON.readTree(
            cli.run(
                    "report",
                    "items",
                    exports.toString(),
                    "--pack",
                    pack.toString(),
                    "--format",
                    "json")
                .out());
    JsonNode capital = items.get("exercises").get(0);
    assertEquals("capital", capital.get("exercise").asText());
    assertEquals(2, capital.get("disputed_answers").size());
    assertEquals("London", capital.get("disputed_answers").get(0).get("answer").asText());
    assertEquals(1, capital.get("disputed_answers").get(0).get("count").asInt());
    JsonNode sum = items.get("exercises").get(1);
    assertEquals(1, sum.get("answers_shown").asInt());
    assertEquals(
        "4",
        sum.get("wrong_answers").get(0).get("answer").asText(),
        "the shown answer (nothing typed) is not listed as a wrong answer");
    assertEquals(1, sum.get("wrong_answers").size());

    Cli.Result stats = cli.run("pack", "stats", pack.toString(), exports.toString());
    assertEquals(0, stats.code(), stats.toString());
    assertTrue(
        stats.out().contains("  capital (key: Paris)\n    1 time:  'London'\n"), stats.out());
    JsonNode statsJson =
        JSON.readTree(
            cli.run("pack", "stats", pack.toString(), exports.toString(), "--format", "json")
                .out());
    assertEquals("capital", statsJson.get("disputed").get(0).get("exercise").asText());
    assertEquals(2, statsJson.get("disputed").get(0).get("count").asInt());
    assertFalse(
        JSON.readTree(cli.run("pack", "stats", pack.toString(), "--format", "json").out())
            .has("disputed"),
        "without exports, nothing about answers");
  }

  @Test
  void exportsWrittenBeforeDisputesExistedStillReadAndImport() throws Exception {
    cli.input("London\n", "study", "--limit", "1", DAY1);
    Path export = dir.resolve("old.json");
    Cli.Result exported = cli.run("export", "--out", "-", DAY1);
    assertEquals(0, exported.code(), exported.toString());
    Files.writeString(export, exported.out());
    // As schema 9 wrote it: no shown or disputed column (and no manifest, which came later).
    ObjectNode doc = (ObjectNode) JSON.readTree(export.toFile());
    doc.put("schema", 9);
    doc.put("format_version", 1);
    doc.remove("manifest");
    for (JsonNode row : (ArrayNode) doc.get("tables").get("reviews")) {
      ((ObjectNode) row).remove("shown");
      ((ObjectNode) row).remove("disputed");
    }
    JSON.writeValue(export.toFile(), doc);
    Cli.Result report =
        cli.run(
            "report", "items", export.toString(), "--pack", pack.toString(), "--format", "json");
    assertEquals(0, report.code(), report.toString());
    assertEquals(
        "London",
        JSON.readTree(report.out())
            .get("exercises")
            .get(0)
            .get("wrong_answers")
            .get(0)
            .get("answer")
            .asText());
    Cli.Result imported = cli.run("import", export.toString(), "--as", "old");
    assertEquals(0, imported.code(), imported.toString());
    assertEquals(
        List.of(List.of("London", 0, 0)),
        Rows.query(
            db,
            "SELECT answer, shown, disputed FROM reviews r"
                + " JOIN learners l ON l.id = r.learner_id WHERE l.name = 'old'"));
  }
}
