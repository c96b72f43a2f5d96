package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/** The --jsonl protocol through the real CLI, then the database. */
class JsonLinesProtocolTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
  }

  private List<JsonNode> session(String... commands) throws Exception {
    // The basics only: known after two typed answers, it would otherwise give way to the next
    // skill.
    Cli.Result r =
        cli.input(
            String.join("\n", commands) + "\n",
            "study",
            "--skill",
            "basics",
            "--jsonl",
            "--seed",
            "3",
            NOW);
    assertEquals(0, r.code(), r.toString());
    List<JsonNode> events = new ArrayList<>();
    for (String line : r.out().split("\n")) {
      JsonNode e = JSON.readTree(line);
      if (!e.get("event").asText().equals("await")) events.add(e);
    }
    return events;
  }

  private static List<String> names(List<JsonNode> events) {
    return events.stream().map(e -> e.get("event").asText()).toList();
  }

  private long reviews() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM reviews")) {
      return rs.getLong(1);
    }
  }

  @Test
  void aSessionWithEveryCommandAndBadInputRunsToTheEnd() throws Exception {
    List<JsonNode> events =
        session(
            "{\"hint\": true}",
            "{not json",
            "{\"answer\": 5}",
            "{\"dance\": true}",
            "{\"answer\": \"Paris\"}",
            "{\"answer\": \"5\"}",
            "{\"answer\": [\"100\", \"C\"]}",
            "{\"answer\": 0}",
            "{\"skip\": true}",
            "{\"quit\": true}");
    JsonNode hello = events.get(0);
    assertEquals("hello", hello.get("event").asText());
    assertEquals(1, hello.get("protocol").asInt());
    assertEquals(
        List.of(
            "hello",
            "lesson",
            "exercise",
            "hint",
            "error",
            "error",
            "error",
            "feedback",
            "exercise",
            "feedback",
            "exercise",
            "feedback",
            "exercise",
            "feedback"),
        names(events).subList(0, 14));
    assertEquals("bad_json", events.get(4).get("code").asText());
    assertEquals("wrong_shape", events.get(5).get("code").asText());
    assertEquals("unknown_command", events.get(6).get("code").asText());
    JsonNode first = events.get(2);
    assertEquals("capital", first.get("exercise").asText());
    assertEquals("demo", first.get("pack").asText());
    assertEquals("new", first.get("reason").asText());
    assertTrue(first.get("predicted_success").asDouble() > 0);
    JsonNode feedback = events.get(7);
    assertTrue(feedback.get("correct").asBoolean());
    assertEquals("hard", feedback.get("rating").asText(), "right after a hint");
    assertEquals(0.1, feedback.get("mastery").get(0).get("before").asDouble(), 1e-12);
    // A typed answer is hardly ever a guess (guess 0.03, slip 0.12): .1*.88 / (.1*.88 + .9*.03),
    // then + learn.
    double posterior = 0.088 / 0.115;
    assertEquals(
        posterior + (1 - posterior) * 0.1,
        feedback.get("mastery").get(0).get("after").asDouble(),
        1e-12);
    assertTrue(feedback.get("due").asText().startsWith("2026-03-02T09:"), feedback.toString());
    // Known after two typed answers, the cloze (closer to the success target now) comes before the
    // choice.
    JsonNode choice = events.get(12);
    assertEquals(
        List.of("Red", "Brown", "Pink"), JSON.convertValue(choice.get("choices"), List.class));
    assertEquals("summary", events.get(events.size() - 1).get("event").asText());
    assertEquals(4, events.get(events.size() - 1).get("answered").asInt());
    assertEquals(4, reviews());
  }

  @Test
  void theTutorSaysWhenItWaitsForACommand() throws Exception {
    Cli.Result r = cli.input("{\"answer\": \"Paris\"}\n", "study", "--jsonl", NOW);
    List<String> lines = List.of(r.out().split("\n"));
    int exercise = -1;
    for (int i = 0; i < lines.size(); i++)
      if (lines.get(i).contains("\"event\":\"exercise\"")) {
        exercise = i;
        break;
      }
    assertEquals("{\"event\":\"await\",\"for\":\"answer\"}", lines.get(exercise + 1));
  }

  @Test
  void endOfInputEndsTheSessionWithASummary() throws Exception {
    List<JsonNode> events = session("{\"answer\": \"Paris\"}");
    JsonNode last = events.get(events.size() - 1);
    assertEquals("summary", last.get("event").asText());
    assertEquals("end_of_input", last.get("ended_by").asText());
    assertEquals(1, reviews());
  }

  @Test
  void theSummaryCountsTheNewExercisesStillOpenTodayAsTheTerminalsDoes() throws Exception {
    session("{\"answer\": \"Paris\"}");
    List<JsonNode> events = session();
    JsonNode last = events.get(events.size() - 1);
    assertTrue(last.has("new_today"), last.toString());
    int open = last.get("new_today").asInt();
    assertTrue(open > 0, last.toString());
    // The same session as text, on a database of its own in the same state: the same count.
    Path other = dir.resolve("text.db");
    Cli text = new Cli(other);
    assertEquals(0, text.run("pack", "add", TestPacks.demo(dir).toString()).code());
    text.input("Paris\n", "study", "--skill", "basics", "--seed", "3", NOW);
    Cli.Result r = text.input("", "study", "--skill", "basics", "--seed", "3", NOW);
    assertTrue(
        r.out()
            .replaceAll("\\s+", " ")
            .contains(open + (open == 1 ? " new exercise is" : " new exercises are")),
        r.toString());
  }

  @Test
  void everyAnswerIsCommittedBeforeItsFeedbackIsWritten() throws Exception {
    // Quitting right after the first feedback: the answer is in the database.
    session("{\"answer\": \"London\"}", "{\"quit\": true}");
    assertEquals(1, reviews());
  }

  @Test
  void aFlashcardCanBeRevealedThenRated() throws Exception {
    Cli.Result r =
        cli.input(
            "{\"reveal\": true}\n{\"answer\": \"good\"}\n",
            "study",
            "--jsonl",
            "--skill",
            "more",
            "--limit",
            "1",
            NOW);
    List<String> names = new ArrayList<>();
    JsonNode feedback = null;
    for (String line : r.out().split("\n")) {
      JsonNode e = JSON.readTree(line);
      if (e.get("event").asText().equals("await")) continue;
      names.add(e.get("event").asText());
      if (e.get("event").asText().equals("feedback")) feedback = e;
    }
    assertTrue(names.containsAll(List.of("exercise", "back", "feedback")), names.toString());
    assertTrue(feedback.get("correct").isNull());
    assertEquals("good", feedback.get("rating").asText());
  }

  @Test
  void usageErrorsAreErrorEventsWithTheExitCode() throws Exception {
    Cli.Result r = cli.input("", "study", "--jsonl", "--pack", "nope");
    assertEquals(2, r.code());
    String[] lines = r.out().split("\n");
    assertEquals("hello", JSON.readTree(lines[0]).get("event").asText());
    assertEquals("bad_input", JSON.readTree(lines[1]).get("code").asText());
  }

  @Test
  void anOrderIsAnsweredWithIndicesIntoTheItemsAsShown() throws Exception {
    // Answer the order exercise from the items the exercise event shows: a real client's view.
    java.io.PipedOutputStream toTutor = new java.io.PipedOutputStream();
    java.io.PipedInputStream tutorIn = new java.io.PipedInputStream(toTutor);
    java.io.StringWriter events = new java.io.StringWriter();
    java.io.PrintWriter tutorOut =
        new java.io.PrintWriter(
            new java.io.Writer() {
              private final StringBuilder line = new StringBuilder();

              @Override
              public void write(char[] c, int off, int len) {
                for (int i = off; i < off + len; i++) {
                  if (c[i] == '\n') {
                    events.write(line + "\n");
                    onLine(line.toString(), toTutor);
                    line.setLength(0);
                  } else {
                    line.append(c[i]);
                  }
                }
              }

              @Override
              public void flush() {}

              @Override
              public void close() {}
            },
            true);
    Context ctx =
        new Context(
            java.util.Map.of("HOME", dir.toString()),
            tutorIn,
            tutorOut,
            new java.io.PrintWriter(java.io.Writer.nullWriter()),
            false);
    int code =
        Main.run(ctx, "study", "--jsonl", "--skill", "more", "--limit", "2", "--db=" + db, NOW);
    assertEquals(0, code, events.toString());
    assertTrue(events.toString().contains("\"exercise\":\"planets\""), events.toString());
    boolean right = false;
    for (String line : events.toString().split("\n")) {
      JsonNode e = JSON.readTree(line);
      if (e.get("event").asText().equals("feedback")
          && e.get("exercise").asText().equals("planets")) {
        right = e.get("correct").asBoolean();
      }
    }
    assertTrue(right, events.toString());
  }

  private static JsonNode open;

  /** The scripted client: after each await, answer the open exercise (or end). */
  private static void onLine(String line, java.io.PipedOutputStream toTutor) {
    try {
      JsonNode e = JSON.readTree(line);
      String name = e.get("event").asText();
      if (name.equals("exercise")) open = e;
      if (!name.equals("await")) return;
      String command;
      if (open == null) {
        command = "{\"quit\": true}";
      } else if (open.get("type").asText().equals("order")) {
        List<String> items = JSON.convertValue(open.get("items"), List.class);
        List<Integer> answer = new ArrayList<>();
        for (String planet : List.of("Mercury", "Venus", "Earth"))
          answer.add(items.indexOf(planet));
        command = "{\"answer\": " + answer + "}";
      } else {
        command = "{\"answer\": 3}"; // the flashcard: Good
      }
      open =
          e.get("for").asText().equals("answer") || e.get("for").asText().equals("reveal")
              ? null
              : open;
      toTutor.write((command + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
      toTutor.flush();
    } catch (java.io.IOException ex) {
      throw new java.io.UncheckedIOException(ex);
    }
  }
}
