package tutor.packfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tutor.packfile.Packs.assertError;
import static tutor.packfile.Packs.line;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.CommandTable;
import tutor.pack.Exercise;
import tutor.pack.Pack;

/**
 * match:, commands: and any_order: in pack files: read, defaulted, and checked with file and line.
 */
class CommandKeysTest {
  @TempDir Path dir;

  private static final String MANIFEST =
      """
      id: p
      title: P
      version: 1.0.0
      grading:
        match: command
      commands:
        head:
          synonyms: [[-n, --lines]]
          takes_value: [-n, --lines]
        git:
          synonyms: [[-v, --verbose]]
        git log:
          synonyms: [[-p, --patch]]
        kill:
          ordered: true
          synonyms: [[-s TERM, -TERM, -15]]
          takes_value: [-s]
      skills:
        - id: a
          title: A
      """;

  private static final String EXERCISES =
      """
      exercises:
        - id: cmd
          skill: a
          type: text
          prompt: First five lines
          answers: ["head -n 5 data.csv"]
        - id: git
          skill: a
          type: text
          prompt: Log with patches
          answers: ["git log -p"]
        - id: word
          skill: a
          type: text
          prompt: The hidden directory
          answers: [".git"]
          match: text
        - id: gaps
          skill: a
          type: cloze
          text: "{{stdin}}, {{stdout}} and {{stderr}}"
          any_order: true
      """;

  private Pack read() throws PackException {
    return PackReader.read(Packs.pack(dir, MANIFEST, EXERCISES));
  }

  private static Exercise.Body body(Pack p, String id) {
    return p.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow().body();
  }

  @Test
  void thePackDefaultMakesTextExercisesCompareCommandsUnlessOneSaysText() throws Exception {
    Pack p = read();
    Exercise.Text cmd = (Exercise.Text) body(p, "cmd");
    assertTrue(cmd.commandAnswers());
    Exercise.Text word = (Exercise.Text) body(p, "word");
    assertFalse(word.commandAnswers());
    assertNull(word.commands());
  }

  @Test
  void anExerciseKeepsOnlyTheProgramsItsAnswersUse() throws Exception {
    Pack p = read();
    assertEquals(
        List.of("head"),
        List.copyOf(((Exercise.Text) body(p, "cmd")).commands().programs().keySet()));
    CommandTable git = ((Exercise.Text) body(p, "git")).commands();
    assertEquals(List.of("git", "git log"), List.copyOf(git.programs().keySet()));
    assertEquals(List.of(List.of("-p", "--patch")), git.programs().get("git log").synonyms());
  }

  @Test
  void orderedAndTakesValueAreRead() throws Exception {
    Pack p =
        PackReader.read(
            Packs.pack(dir, MANIFEST, EXERCISES.replace("git log -p", "kill -TERM 42")));
    CommandTable.Program kill = ((Exercise.Text) body(p, "git")).commands().programs().get("kill");
    assertTrue(kill.ordered());
    assertEquals(List.of("-s"), kill.takesValue());
  }

  @Test
  void anyOrderIsRead() throws Exception {
    assertTrue(((Exercise.Cloze) body(read(), "gaps")).anyOrder());
  }

  @Test
  void withoutMatchTextExercisesCompareText() throws Exception {
    Pack p =
        PackReader.read(
            Packs.pack(dir, Packs.MANIFEST, EXERCISES.replace("    match: text\n", "")));
    assertFalse(((Exercise.Text) body(p, "cmd")).commandAnswers());
  }

  @Test
  void anExerciseMayAskForCommandsInATextPack() throws Exception {
    Pack p =
        PackReader.read(
            Packs.pack(
                dir,
                Packs.MANIFEST,
                EXERCISES.replace(
                    "answers: [\"head -n 5 data.csv\"]",
                    "answers: [\"head -n 5 data.csv\"]\n    match: command")));
    Exercise.Text cmd = (Exercise.Text) body(p, "cmd");
    assertTrue(cmd.commandAnswers());
    assertEquals(Map.of(), cmd.commands().programs());
  }

  @Test
  void aWrongMatchModeIsReportedOnItsLine() {
    String ex = EXERCISES.replace("match: text", "match: txt");
    assertError(
        Packs.errors(Packs.pack(dir, MANIFEST, ex)),
        dir.resolve("exercises/x.yaml"),
        line(ex, "match: txt"),
        "exercise 'word': match should be 'text' or 'command', not 'txt' (did you mean 'text'?)");
    String manifest = MANIFEST.replace("match: command", "match: commands");
    assertError(
        Packs.errors(Packs.pack(dir, manifest, EXERCISES)),
        dir.resolve("pack.yaml"),
        line(manifest, "match: commands"),
        "grading: match should be 'text' or 'command'");
  }

  @Test
  void anAnswerThatIsNoCompleteCommandIsReported() {
    String ex = EXERCISES.replace("head -n 5 data.csv", "echo 'oops");
    assertError(
        Packs.errors(Packs.pack(dir, MANIFEST, ex)),
        dir.resolve("exercises/x.yaml"),
        line(ex, "answers: [\"echo"),
        "answer 'echo 'oops' is not a complete command");
  }

  @Test
  void anyOrderMustBeTrueOrFalse() {
    String ex = EXERCISES.replace("any_order: true", "any_order: sometimes");
    assertError(
        Packs.errors(Packs.pack(dir, MANIFEST, ex)),
        dir.resolve("exercises/x.yaml"),
        line(ex, "any_order:"),
        "field 'any_order' should be true or false");
  }

  @Test
  void matchAndAnyOrderBelongToTheirTypes() {
    String ex =
        EXERCISES
            + """
          - id: pick
            skill: a
            type: choice
            prompt: Which?
            options: [x, y]
            correct: x
            match: command
            any_order: false
        """;
    List<PackError> errors = Packs.errors(Packs.pack(dir, MANIFEST, ex));
    assertError(
        errors,
        dir.resolve("exercises/x.yaml"),
        line(ex, "match: command"),
        "unknown field 'match'");
    assertError(
        errors,
        dir.resolve("exercises/x.yaml"),
        line(ex, "any_order: false"),
        "unknown field 'any_order'");
  }

  @Test
  void aClozeFollowsThePackDefaultAndMayTurnItOff() throws Exception {
    String ex =
        EXERCISES
            + """
          - id: cmd-gap
            skill: a
            type: cloze
            text: "head {{-n 5}} data.csv"
          - id: prose-gap
            skill: a
            type: cloze
            text: "The {{parent}} directory"
            match: text
        """;
    Pack p = PackReader.read(Packs.pack(dir, MANIFEST, ex));
    Exercise.Cloze cmd = (Exercise.Cloze) body(p, "cmd-gap");
    assertTrue(cmd.commandAnswers());
    assertEquals(List.of("head"), List.copyOf(cmd.commands().programs().keySet()));
    assertFalse(((Exercise.Cloze) body(p, "prose-gap")).commandAnswers());
  }

  @Test
  void mistakesInTheCommandsTableAreReportedOnTheirLines() {
    Path manifest = dir.resolve("pack.yaml");
    String bad =
        MANIFEST
            .replace("takes_value: [-n, --lines]", "takes_value: [n]")
            .replace("synonyms: [[-p, --patch]]", "synonyms: [[-p]]")
            .replace("  git:\n", "  git  log  now:\n")
            .replace("ordered: true", "ordered: yes please");
    List<PackError> errors = Packs.errors(Packs.pack(dir, bad, EXERCISES));
    assertError(
        errors, manifest, line(bad, "takes_value: [n]"), "commands: head: 'n' is not an option");
    assertError(errors, manifest, line(bad, "[[-p]]"), "a group needs at least two spellings");
    assertError(
        errors,
        manifest,
        line(bad, "git  log  now:"),
        "should be a program name of one or two words");
    assertError(errors, manifest, line(bad, "ordered:"), "field 'ordered' should be true or false");
    String twice =
        MANIFEST.replace("synonyms: [[-n, --lines]]", "synonyms: [[-n, --lines], [--lines, -l]]");
    assertError(
        Packs.errors(Packs.pack(dir, twice, EXERCISES)),
        manifest,
        line(twice, "[[-n, --lines], [--lines"),
        "'--lines' is already in the group on line");
    String unknown = MANIFEST.replace("takes_value: [-n, --lines]", "takes_values: [-n]");
    assertError(
        Packs.errors(Packs.pack(dir, unknown, EXERCISES)),
        manifest,
        line(unknown, "takes_values"),
        "unknown field 'takes_values' (did you mean 'takes_value'?)");
  }
}
