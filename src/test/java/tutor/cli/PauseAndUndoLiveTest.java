package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A study session at a terminal (JLine's virtual one, 80x24 and 50x20), typed at as a learner
 * would: what is typed at the pause that keeps a verdict in sight ("-- Enter for the next question
 * --") is not lost, and the question comes back after :undo.
 */
class PauseAndUndoLiveTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  private static final String PAUSE = "-- Enter for the next question --";
  private static final String SECOND = "Germany has had several capitals";

  @TempDir Path dir;
  private Path db;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    assertEquals(0, new Cli(db).run("pack", "add", pack(dir).toString()).code());
  }

  /**
   * A pack whose first answer has a long explanation and whose second question has twelve options:
   * together taller than the screen, so the verdict waits at a pause before the question replaces
   * it.
   */
  static Path pack(Path parent) throws Exception {
    Path pack = parent.resolve("tall");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: tall
        title: Tall
        version: 1.0.0
        skills:
          - id: capitals
            title: Capitals
        """);
    // About 400 characters: the verdict fits a 50x20 screen, so it is not paged.
    String why =
        "Paris has been the capital of France for centuries, on both banks of the Seine. ".repeat(4)
            + "The river, the islands and the old city are how to remember it.";
    Files.writeString(
        pack.resolve("exercises/capitals.yaml"),
        """
        exercises:
          - id: paris
            skill: capitals
            type: text
            difficulty: 1
            prompt: What is the capital of France?
            answers: [Paris]
            explanation: "%s"
          - id: berlin
            skill: capitals
            type: choice
            difficulty: 2
            prompt: "%s over the centuries. Which is its capital today?"
            options: [Aachen, Bonn, Berlin, Frankfurt, Munich, Hamburg, Cologne, Dresden, Leipzig, Mainz, Bremen, Kiel]
            correct: [Berlin]
            shuffle: false
            hints: [It is on the Spree.]
          - id: rome
            skill: capitals
            type: text
            difficulty: 3
            prompt: What is the capital of Italy?
            answers: [Rome]
        """
            .formatted(why, SECOND));
    return pack;
  }

  private static int count(String text, String what) {
    return text.split(java.util.regex.Pattern.quote(what), -1).length - 1;
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void disputeWhyAndUndoTypedAtThePauseRunThereAndThePauseGoesOn(int columns, int rows)
      throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("study", "--limit", "3", NOW)) {
      live.waitFor("What is the capital of France?");
      live.type("Lyon\r").waitFor("If you were right, type :dispute.").waitFor(PAUSE);
      // Where the verdict says to type it: it counts, and the verdict is still read first.
      live.type(":dispute\r").waitFor("Counted as right").waitFor(PAUSE);
      assertFalse(live.screen().text().contains(SECOND), live.screen().text());
      live.type(":why\r").waitFor("Why that exercise: New material").waitFor(PAUSE);
      live.type(":lesson\r").waitFor(":lesson does not apply here").waitFor(PAUSE);
      live.type("\r").waitFor(SECOND);
      live.type("3\r").waitFor("Correct.");
      live.type(":quit\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      String text = live.screen().text();
      assertTrue(text.contains("Session summary: 2 answered, 2 correct"), text);
      live.screen().assertFits(columns);
    }
  }

  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void anAnswerBegunAtThePauseIsKeptForTheQuestion(int columns, int rows) throws Exception {
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("study", "--limit", "3", NOW)) {
      live.waitFor("What is the capital of France?");
      live.type("Lyon\r").waitFor(PAUSE);
      // "b" pages back in a pager: here it is the first letter of the answer.
      live.type("b").waitFor(SECOND).waitFor("> b");
      live.type("erlin\r").waitFor("Correct.");
      live.type(":quit\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      assertTrue(
          live.screen().text().contains("Session summary: 2 answered, 1 correct"),
          live.screen().text());
    }
  }

  /**
   * :undo at the next question's prompt gives the undone question back at once, with its number, as
   * Anki shows an undone card again; then the question left comes. (week6: the undone one came back
   * later, numbered #7 right after #8.)
   */
  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void undoAtAQuestionsPromptAsksTheUndoneQuestionAgainAtOnce(int columns, int rows)
      throws Exception {
    String first = "What is the capital of France?";
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("study", "--limit", "3", NOW)) {
      live.waitFor(first);
      live.type("Lyon\r").waitFor("Not quite").waitFor(PAUSE);
      live.type("\r").waitFor(SECOND);
      live.type("?\r").waitFor("Hint 1 of 1: It is on the Spree.");
      live.type(":undo\r").waitFor("Undone: your answer to");
      // The question's own line under its header (the message names it too, wrapped at 50).
      live.waitUntil(screen -> count(screen.text(), "Type your answer.") == 2);
      String text = live.screen().text();
      String after = text.substring(text.lastIndexOf("Undone: your answer to"));
      assertTrue(after.contains("1/3") && after.indexOf(first, after.indexOf("1/3")) > 0, after);
      assertFalse(after.contains(SECOND), after);
      live.type("Paris\r").waitFor("Correct.").waitFor(PAUSE);
      live.type("\r").waitUntil(screen -> count(screen.text(), SECOND) == 2);
      text = live.screen().text();
      after = text.substring(text.lastIndexOf("Correct."));
      assertTrue(after.contains("2/3"), after);
      live.type("3\r").waitFor("Correct.");
      live.type(":quit\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      assertTrue(
          live.screen().text().contains("Session summary: 2 answered, 2 correct"),
          live.screen().text());
      live.screen().assertFits(columns);
    }
  }

  /**
   * A choice asked again after :undo is shown as it was: the same options in the same order under
   * the same numbers (a week's trial: they came back reshuffled, "2) Paris" now "4) Paris", at a
   * terminal and piped).
   */
  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void aChoiceAskedAgainAfterUndoKeepsItsOptionsOrder(int columns, int rows) throws Exception {
    Path shuffled = dir.resolve("shuffled.db");
    assertEquals(0, new Cli(shuffled).run("pack", "add", shuffledPack(dir).toString()).code());
    String question = "Which city is the capital of Spain?";
    try (TerminalCli.Live live =
        new TerminalCli(shuffled).size(columns, rows).start("study", "--limit", "2", NOW)) {
      live.waitFor(question);
      String before = options(live.screen().text());
      assertEquals(8, before.lines().count(), live.screen().text());
      live.type("Madrid\r").waitFor("Correct.");
      live.waitFor("What is 6 x 7?");
      live.type(":undo\r").waitFor("Undone: your answer to");
      live.waitUntil(screen -> count(screen.text(), "Type the number of your answer.") == 2);
      String text = live.screen().text();
      String again = options(text.substring(text.lastIndexOf("Undone: your answer to")));
      assertEquals(before, again, text);
      live.type(":quit\r");
      assertEquals(0, live.finish().code());
      live.screen().assertFits(columns);
    }
  }

  /** The numbered option lines of the first choice in {@code text}, as shown. */
  private static String options(String text) {
    StringBuilder b = new StringBuilder();
    for (String line : text.lines().toList()) {
      if (line.strip().matches("\\d+\\) \\S.*")) b.append(line.strip()).append('\n');
      else if (b.length() > 0) break;
    }
    return b.toString();
  }

  /** A shuffled choice of eight capitals, then a sum. */
  static Path shuffledPack(Path parent) throws Exception {
    Path pack = parent.resolve("shuffled");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        """
        id: shuffled
        title: Shuffled
        version: 1.0.0
        skills:
          - id: facts
            title: Facts
        """);
    Files.writeString(
        pack.resolve("exercises/facts.yaml"),
        """
        exercises:
          - id: spain
            skill: facts
            type: choice
            difficulty: 1
            prompt: Which city is the capital of Spain?
            options: [Madrid, Lisbon, Rome, Paris, Vienna, Prague, Warsaw, Oslo]
            correct: [Madrid]
          - id: product
            skill: facts
            type: numeric
            difficulty: 2
            prompt: What is 6 x 7?
            answer: 42
        """);
    return pack;
  }

  /** The same at the pause that keeps the verdict in sight: the next question does not show. */
  @ParameterizedTest(name = "{0}x{1}")
  @CsvSource({"80, 24", "50, 20"})
  void undoAtThePauseAsksTheUndoneQuestionAgainBeforeTheNext(int columns, int rows)
      throws Exception {
    String first = "What is the capital of France?";
    try (TerminalCli.Live live =
        new TerminalCli(db).size(columns, rows).start("study", "--limit", "3", NOW)) {
      live.waitFor(first);
      live.type("Lyon\r").waitFor("Not quite").waitFor(PAUSE);
      live.type(":undo\r").waitFor("Undone: your answer to");
      live.type("\r").waitUntil(screen -> count(screen.text(), "Type your answer.") == 2);
      assertFalse(live.screen().text().contains(SECOND), live.screen().text());
      live.type("Paris\r").waitFor("Correct.").waitFor(PAUSE);
      live.type("\r").waitFor(SECOND);
      live.type(":quit\r");
      TerminalCli.Result r = live.finish();
      assertEquals(0, r.code(), r.toString());
      assertTrue(
          live.screen().text().contains("Session summary: 1 answered, 1 correct"),
          live.screen().text());
      live.screen().assertFits(columns);
    }
  }
}
