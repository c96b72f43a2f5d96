package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
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

/**
 * Command answers through the real CLI, a study session with piped answers and over --jsonl: an
 * equivalent spelling is right, a wrong command is wrong without an "almost" offer, a misspelt
 * program name is offered, a choice may be typed as its text.
 */
class CommandAnswersTest {
  private static final String DAY1 = "--now=2026-03-02T09:00:00Z";

  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    Path pack = dir.resolve("shell");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: shell
        title: Shell
        version: 1.0.0
        grading:
          case_sensitive: true
          punctuation_sensitive: true
          match: command
        commands:
          ls:
            synonyms: [[-a, --all], [-l, --format=long]]
          rm:
            synonyms: [[-r, -R, --recursive], [-f, --force]]
          grep:
            synonyms: [[-r, --recursive]]
        skills:
          - id: files
            title: Files
        """);
    Files.writeString(
        pack.resolve("exercises/files.yaml"),
        """
        exercises:
          - id: long-hidden
            skill: files
            type: text
            difficulty: 1
            prompt: List everything here, hidden entries too, in the long format.
            answers: ["ls -a -l"]
          - id: rm-tmp
            skill: files
            type: text
            difficulty: 2
            prompt: Delete every file here whose name ends in .tmp.
            answers: ["rm *.tmp"]
          - id: grep-todo
            skill: files
            type: text
            difficulty: 3
            prompt: Search every file below here for TODO.
            answers: ["grep -r TODO ."]
          - id: which-rm
            skill: files
            type: choice
            difficulty: 4
            prompt: Which command removes a directory and everything in it?
            options: ["rm -r", "rmdir", "rm -i"]
            correct: "rm -r"
            shuffle: false
        """);
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    Cli.Result r = cli.run("pack", "add", pack.toString());
    assertEquals(0, r.code(), r.toString());
  }

  private List<List<Object>> rows(String sql) throws Exception {
    List<List<Object>> out = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) row.add(rs.getObject(i));
        out.add(row);
      }
    }
    return out;
  }

  @Test
  void anEquivalentCommandIsRightAndAWrongOneIsWrongWithNoOffer() throws Exception {
    Cli.Result r = cli.input("ls -la\nrm * .tmp\n", "study", "--limit", "2", "--seed", "1", DAY1);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Correct."), r.out());
    assertTrue(r.out().contains("Expected: rm *.tmp"), r.out());
    assertFalse(r.out().contains("Almost"), r.out());
    assertFalse(r.out().contains("Count it as right"), r.out());
    assertEquals(
        List.of(List.of("long-hidden", 1, "ls -la"), List.of("rm-tmp", 0, "rm * .tmp")),
        rows("SELECT exercise_id, correct, answer FROM reviews ORDER BY id"));
    assertEquals(List.of(), rows("SELECT near_miss FROM reviews WHERE near_miss IS NOT NULL"));
  }

  @Test
  void aMisspeltProgramIsOfferedWithTheCaretOnTheSlip() throws Exception {
    Cli.Result r =
        cli.input(
            "ls -al\nrm ./*.tmp\ngerp -r TODO .\ny\n",
            "study",
            "--limit",
            "3",
            "--seed",
            "1",
            DAY1);
    assertEquals(0, r.code(), r.toString());
    String out = r.out().replace("\r", "");
    assertTrue(
        out.contains(
            "Almost: you typed gerp -r TODO .\n    the answer is grep -r TODO .\n"
                + "                   ^\n"),
        out);
    assertEquals(
        List.of(List.of("grep-todo", 1, "accepted")),
        rows("SELECT exercise_id, correct, near_miss FROM reviews WHERE near_miss IS NOT NULL"));
  }

  @Test
  void overJsonLinesTheSameVerdicts() throws Exception {
    String commands =
        String.join("\n", "{\"answer\": \"ls -l --all\"}", "{\"answer\": \"rm * .tmp\"}") + "\n";
    Cli.Result r = cli.input(commands, "study", "--jsonl", "--limit", "2", "--seed", "1", DAY1);
    assertEquals(0, r.code(), r.toString());
    List<String> feedback =
        r.out().lines().filter(l -> l.contains("\"event\":\"feedback\"")).toList();
    assertEquals(2, feedback.size(), r.out());
    assertTrue(feedback.get(0).contains("\"correct\":true"), feedback.get(0));
    assertTrue(feedback.get(1).contains("\"correct\":false"), feedback.get(1));
    assertFalse(r.out().contains("Almost"), r.out());
    assertFalse(r.out().contains("\"for\":\"confirm\""), r.out());
  }

  @Test
  void aChoiceMayBeTypedAsItsText() throws Exception {
    Cli.Result r =
        cli.input(
            "ls -a -l\nrm *.tmp\ngrep --recursive TODO .\nrm\nrm -r\n",
            "study",
            "--limit",
            "4",
            "--seed",
            "1",
            DAY1);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("could be 1) rm -r or 2) rmdir or 3) rm -i"), r.out());
    assertTrue(r.out().contains("4 answered, 4 correct (100%)"), r.out());
  }

  @Test
  void overJsonLinesAChoiceMayBeItsText() throws Exception {
    String commands =
        String.join(
                "\n",
                "{\"answer\": \"ls -a -l\"}",
                "{\"answer\": \"rm *.tmp\"}",
                "{\"answer\": \"grep -r TODO .\"}",
                "{\"answer\": \"rm\"}",
                "{\"answer\": \"rm -r\"}")
            + "\n";
    Cli.Result r = cli.input(commands, "study", "--jsonl", "--limit", "4", "--seed", "1", DAY1);
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("could be 1) rm -r or 2) rmdir or 3) rm -i"), r.out());
    assertTrue(r.out().contains("\"answered\":4,\"correct\":4"), r.out());
  }
}
