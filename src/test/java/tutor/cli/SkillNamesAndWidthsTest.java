package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.pack.StoredSkill;

/** Skills named by id, title or an unambiguous start; pack list with ids, at 80 and 50 columns. */
class SkillNamesAndWidthsTest {
  private static final String NOW = "--now=2026-03-02T09:00:00Z";
  @TempDir Path dir;
  private Path db;
  private Cli cli;

  @BeforeEach
  void install() throws Exception {
    db = dir.resolve("tutor.db");
    cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
  }

  private static final List<StoredSkill> SKILLS =
      List.of(
          new StoredSkill("shell", "pipes", "Pipes", "", 0, List.of()),
          new StoredSkill("shell", "permissions", "File permissions", "", 1, List.of()),
          new StoredSkill("shell", "processes", "Processes and jobs", "", 2, List.of()),
          new StoredSkill("git", "pipes", "Git pipes", "", 0, List.of()));

  @Test
  void aSkillIsFoundByIdTitleOrAnUnambiguousStart() {
    assertEquals("permissions", SkillNames.one(SKILLS, "shell", "permissions").id());
    assertEquals("permissions", SkillNames.one(SKILLS, "shell", "File permissions").id());
    assertEquals("permissions", SkillNames.one(SKILLS, "shell", "file perm").id());
    assertEquals("processes", SkillNames.one(SKILLS, null, "proc").id());
    UserException ambiguous =
        org.junit.jupiter.api.Assertions.assertThrows(
            UserException.class, () -> SkillNames.one(SKILLS, "shell", "p"));
    assertTrue(
        ambiguous
            .getMessage()
            .contains(
                "'p' could be pipes (Pipes), permissions (File permissions),"
                    + " processes (Processes and jobs); give more of the name"),
        ambiguous.getMessage());
    UserException twoPacks =
        org.junit.jupiter.api.Assertions.assertThrows(
            UserException.class, () -> SkillNames.one(SKILLS, null, "pipes"));
    assertTrue(twoPacks.getMessage().contains("add --pack ID"), twoPacks.getMessage());
    UserException none =
        org.junit.jupiter.api.Assertions.assertThrows(
            UserException.class, () -> SkillNames.one(SKILLS, "shell", "pipse"));
    assertEquals(
        "no skill 'pipse' in pack 'shell'; did you mean 'pipes'? (tutor pack list shows each skill's id)",
        none.getMessage());
  }

  @Test
  void aWordWithinSkillNamesSuggestsThem() {
    UserException within =
        org.junit.jupiter.api.Assertions.assertThrows(
            UserException.class, () -> SkillNames.one(SKILLS, "shell", "mission"));
    assertTrue(within.getMessage().contains("did you mean 'permissions'?"), within.getMessage());
    UserException two =
        org.junit.jupiter.api.Assertions.assertThrows(
            UserException.class, () -> SkillNames.one(SKILLS, null, "jobs"));
    assertTrue(two.getMessage().contains("did you mean 'processes'?"), two.getMessage());
  }

  @Test
  void anErrorAtFiftyColumnsBreaksBetweenWords() throws Exception {
    // The terminal broke "tutor: which skill? tutor lesson SKILL, e.g. conce|pts" mid-word.
    TerminalCli.Result r =
        new TerminalCli(db).size(50, 20).keys("", "lesson", "nosuchskillatall", NOW);
    assertEquals(2, r.code(), r.toString());
    List<String> lines = r.err().lines().filter(l -> !l.isBlank()).toList();
    assertTrue(lines.size() > 1, r.toString());
    for (String line : lines) assertTrue(line.length() < 50, "too wide: " + line);
    assertTrue(
        r.err()
            .replaceAll("\\s+", " ")
            .contains("tutor: no skill 'nosuchskillatall' (tutor pack list shows each skill's id)"),
        r.err());
  }

  @Test
  void lessonStudyAndGoalTakeATitleOrAPrefix() throws Exception {
    Cli.Result lesson = cli.run("lesson", "The basics", NOW);
    assertEquals(0, lesson.code(), lesson.toString());
    assertEquals(cli.run("lesson", "basics", NOW).out(), lesson.out());
    Cli.Result study = cli.input("5\n", "study", "--skill", "bas", "--limit", "1", NOW);
    assertEquals(0, study.code(), study.toString());
    Cli.Result goal =
        cli.run("goal", "add", "--pack", "demo", "--skill", "Building", "--by", "2026-04-01", NOW);
    assertEquals(0, goal.code(), goal.toString());
    var json =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(cli.run("goal", "status", "--format", "json", NOW).out());
    assertEquals("demo", json.get(0).get("pack").asText());
    Cli.Result wrong = cli.run("lesson", "basix", NOW);
    assertEquals(2, wrong.code());
    assertEquals(
        "tutor: no skill 'basix'; did you mean 'basics'? (tutor pack list shows each skill's id)\n",
        wrong.err());
  }

  @Test
  void packListShowsIdsAndFitsEightyAndFiftyColumnsBreakingBetweenWords() throws Exception {
    for (int columns : new int[] {80, 50}) {
      TerminalCli.Result r = new TerminalCli(db).size(columns, 24).keys("", "pack", "list", NOW);
      assertEquals(0, r.code(), r.toString());
      String text = r.text(); // at a terminal, pack list goes through the pager, to the screen
      assertTrue(text.contains("basics"), text);
      for (String line : text.lines().toList()) {
        assertTrue(line.length() < columns, columns + " columns: too wide: " + line);
      }
      String words = String.join(" ", text.lines().map(String::strip).toList());
      assertTrue(
          words.contains("Building on the basics; needs basics"), "no word broken:\n" + text);
    }
  }

  @Test
  void helpAtFiftyColumnsIsWrappedBetweenWords() throws Exception {
    for (String[] args : new String[][] {{"undo", "--help"}, {"--help"}, {"settings", "--help"}}) {
      TerminalCli.Result r = new TerminalCli(db).size(50, 20).keys("", args);
      assertEquals(0, r.code(), r.toString());
      String plain = r.out().replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "");
      for (String line : plain.lines().toList()) {
        assertTrue(
            line.length() < 50 || !line.strip().contains(" "),
            String.join(" ", args) + ": too wide: " + line);
      }
    }
    String undo =
        new TerminalCli(db).size(50, 20).keys("", "undo", "--help").out().replaceAll("\\s+", " ");
    assertTrue(undo.contains("How many answers to take back (default 1)."), undo);
  }

  @Test
  void theOverviewAndStudyHelpAtFiftyColumnsKeepTheirColumnsAndWords() throws Exception {
    String overview = new TerminalCli(db).size(50, 20).keys("").out();
    // A description too wide to hang under its column goes on its own lines, under the command:
    // never back at the command's column, where it reads as another command.
    for (String line : overview.lines().toList()) {
      assertTrue(line.length() < 50, "too wide: " + line);
      assertFalse(
          line.startsWith("  ") && !line.startsWith("  tutor") && !line.startsWith("      "),
          "a description back under the commands:\n" + overview);
    }
    assertTrue(overview.replaceAll("\\s+", " ").contains("tutor help study"), overview);
    String help = new TerminalCli(db).size(50, 20).keys("", "study", "--help").out();
    String plain = help.replaceAll("\u001B\\[[0-9;]*[A-Za-z]", "");
    for (String line : plain.lines().toList()) {
      assertFalse(line.strip().matches("[,.;:]"), "punctuation alone on a line:\n" + plain);
    }
    assertTrue(plain.replaceAll("\\s+", " ").contains("? or :hint for a hint"), plain);
    assertTrue(plain.contains("~/.local/share/tutor/tutor.db,"), plain);
  }

  @Test
  void goalAddAndListFitFiftyColumns() throws Exception {
    String[][] commands = {
      {
        "goal",
        "add",
        "--pack",
        "demo",
        "--unit",
        "first-steps",
        "--by",
        "2026-04-01",
        "--minutes",
        "15",
        NOW
      },
      {"goal", "list", NOW}
    };
    for (String[] args : commands) {
      TerminalCli.Result r = new TerminalCli(db).size(50, 20).keys("", args);
      assertEquals(0, r.code(), r.toString());
      for (String line : r.out().lines().toList())
        assertTrue(line.length() < 50, String.join(" ", args) + ": too wide: " + line);
      assertTrue(r.out().replaceAll("\\s+", " ").contains("15 minutes a day"), r.out());
    }
  }

  @Test
  void backupAndExportAtFiftyColumnsBreakBetweenWordsAndKeepPathsWhole() throws Exception {
    Path out = dir.resolve("exports");
    String[][] commands = {
      {"backup", dir.toString(), NOW}, {"export", "--out", out.toString(), NOW}
    };
    for (String[] args : commands) {
      TerminalCli.Result r = new TerminalCli(db).size(50, 20).keys("", args);
      assertEquals(0, r.code(), r.toString());
      for (String line : r.out().lines().toList())
        assertTrue(
            line.length() < 50 || !line.strip().contains(" "),
            String.join(" ", args) + ": too wide: " + line);
      assertTrue(r.out().contains(dir.toString()), "the path whole: " + r.out());
    }
  }

  @Test
  void restoreAtEightyColumnsBreaksBetweenWordsAndKeepsPathsWhole() throws Exception {
    Path backups = java.nio.file.Files.createDirectories(dir.resolve("backups"));
    assertEquals(0, cli.run("backup", backups.toString(), NOW).code());
    Path backup;
    try (var files = java.nio.file.Files.list(backups)) {
      backup = files.filter(f -> f.toString().endsWith(".db")).findFirst().orElseThrow();
    }
    TerminalCli.Result r =
        new TerminalCli(db).size(80, 24).keys("", "restore", backup.toString(), "--yes", NOW);
    assertEquals(0, r.code(), r.toString());
    for (String line : r.out().lines().toList())
      assertTrue(line.length() < 80 || !line.strip().contains(" "), "too wide: " + line + "\n" + r);
    assertTrue(r.out().contains(backup.toString()), "the path whole: " + r.out());
    assertTrue(r.out().contains(".before-restore-"), r.out());
  }

  @Test
  void aQuestionBeforeDeletingFitsFiftyColumns() throws Exception {
    assertEquals(0, cli.input("5\n", "study", "--skill", "bas", "--limit", "1", NOW).code());
    TerminalCli.Result r =
        new TerminalCli(db).size(50, 20).keys("", "learner", "delete", "default", NOW);
    assertTrue(r.err().contains("[y/N]"), r.toString());
    // Up to the question's end: no one typed an answer and its Enter here.
    String question = r.err().substring(0, r.err().indexOf("[y/N]") + "[y/N]".length());
    for (String line : question.lines().toList())
      assertTrue(line.length() < 50, "too wide: " + line + "\n" + r.err());
    assertTrue(
        r.err()
            .replaceAll("\\s+", " ")
            .contains(
                "They are also taken out of the database's 1 backup (every other learner's"
                    + " data in it is kept). This cannot be undone"),
        r.err());
  }
}
