package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.json.Json;

/** `tutor why` names the last exercise as the learner saw it, by its prompt; JSON by its id. */
class WhyCommandTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  private static final String PROMPT = "Which command lists the commits, one line each?";

  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    Path pack = dir.resolve("logs");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: logs
        title: Logs
        version: 1.0.0
        skills:
          - id: log
            title: Reading the log
        """);
    Files.writeString(
        pack.resolve("exercises/log.yaml"),
        """
        exercises:
          - id: log-oneline
            skill: log
            type: text
            prompt: "%s"
            answers: ["git log --oneline"]
        """
            .formatted(PROMPT));
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", pack.toString()).code());
  }

  @Test
  void beforeAnySessionItSaysSo() throws Exception {
    Cli.Result r = cli.run("why");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("No exercise has been chosen"), r.toString());
    JsonNode json = Json.MAPPER.readTree(cli.run("why", "--format", "json").out());
    assertTrue(json.get("exercise").isNull(), json.toString());
  }

  @Test
  void theLastExerciseIsNamedByItsPromptAndItsIdIsForMachines() throws Exception {
    cli.input("git log --oneline\n", "study", "--limit", "1", NOW);
    Cli.Result r = cli.run("why");
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().startsWith("Last exercise: \"" + PROMPT + "\"."), r.out());
    assertFalse(r.out().contains("log-oneline"), "no id in the words: " + r.out());

    Cli.Result j = cli.run("why", "--format", "json");
    assertEquals(0, j.code(), j.toString());
    JsonNode json = Json.MAPPER.readTree(j.out());
    assertEquals("logs", json.get("pack").asText());
    assertEquals("log-oneline", json.get("exercise").asText());
    assertEquals(PROMPT, json.get("prompt").asText());
    assertFalse(json.get("why").asText().isBlank(), json.toString());
    assertEquals(
        "Last exercise: \"" + PROMPT + "\".\n" + json.get("why").asText(), r.out().strip());
  }

  @Test
  void atANarrowTerminalThePromptIsShortenedAtAWord() throws Exception {
    cli.input("git log --oneline\n", "study", "--limit", "1", NOW);
    TerminalCli.Result r = new TerminalCli(db).size(50, 20).keys("", "why");
    assertEquals(0, r.code(), r.toString());
    String first = r.out().lines().findFirst().orElseThrow();
    assertTrue(first.length() <= 49, first);
    assertTrue(first.startsWith("Last exercise: \"Which command lists"), first);
    assertTrue(first.endsWith("...\"."), first);
    for (String line : r.out().lines().toList()) assertTrue(line.length() <= 50, r.out());
  }

  @Test
  void whatAnEarlierVersionKeptInWordsIsReadToo() throws Exception {
    cli.input("git log --oneline\n", "study", "--limit", "1", NOW);
    Rows.exec(
        db,
        "UPDATE app_settings SET value = 'Last exercise: logs/log-oneline. Review due: predicted"
            + " recall 87%.' WHERE key LIKE 'last_pick:%'");
    Cli.Result r = cli.run("why");
    assertEquals(
        "Last exercise: \"" + PROMPT + "\".\nReview due: predicted recall 87%.",
        r.out().strip(),
        r.toString());
    JsonNode json = Json.MAPPER.readTree(cli.run("why", "--format", "json").out());
    assertEquals("log-oneline", json.get("exercise").asText());
  }
}
