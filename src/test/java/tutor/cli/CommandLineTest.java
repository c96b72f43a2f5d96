package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

class CommandLineTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir.resolve("tutor.db"));
  }

  private static void oneLineNoTrace(Cli.Result r) {
    assertFalse(r.err().contains("\tat "), "no stack trace:\n" + r.err());
    assertFalse(r.err().contains("Exception"), "no exception names:\n" + r.err());
  }

  @Test
  void everyCommandHasHelpWithExamples() {
    // Walk the real command tree, so a new command cannot be added without help and examples.
    java.util.List<java.util.List<String>> paths = new java.util.ArrayList<>();
    collect(
        Main.commandLine(
            new Context(
                java.util.Map.of(),
                java.io.InputStream.nullInputStream(),
                new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter()),
                false)),
        new java.util.ArrayList<>(),
        paths);
    assertTrue(paths.size() > 20, "commands found: " + paths);
    for (java.util.List<String> path : paths) {
      java.util.List<String> args = new java.util.ArrayList<>(path);
      args.add("--help");
      Cli.Result r = cli().run(args.toArray(String[]::new));
      assertEquals(0, r.code(), String.join(" ", args));
      assertTrue(r.out().contains("Examples:"), String.join(" ", args) + ":\n" + r.out());
    }
  }

  private static void collect(
      picocli.CommandLine cl,
      java.util.List<String> path,
      java.util.List<java.util.List<String>> out) {
    out.add(new java.util.ArrayList<>(path));
    for (var e : cl.getSubcommands().entrySet()) {
      java.util.List<String> sub = new java.util.ArrayList<>(path);
      sub.add(e.getKey());
      collect(e.getValue(), sub, out);
    }
  }

  @Test
  void anUnknownOptionIsAUsageErrorWithExitCodeTwo() {
    Cli.Result r = cli().run("study", "--pakc", "x");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--pakc"), r.err());
  }

  @Test
  void aBrokenPackIsReportedByFileAndLineAndNothingIsInstalled() throws Exception {
    Path pack = TestPacks.demo(dir);
    Path file = pack.resolve("exercises/more.yaml");
    Files.writeString(file, Files.readString(file).replace("type: order", "type: mcq"));
    Cli.Result r = cli().run("pack", "add", pack.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("more.yaml:4:5: exercise 'planets': unknown type 'mcq'"), r.err());
    oneLineNoTrace(r);
    assertTrue(cli().run("pack", "list").out().contains("No packs installed"));
  }

  @Test
  void aFileThatIsNotADatabaseGivesOneClearLine() throws Exception {
    Path notes = dir.resolve("notes.txt");
    Files.writeString(notes, "hello");
    Cli.Result r = new Cli(notes).run("due");
    assertEquals(1, r.code());
    assertEquals(1, r.err().strip().lines().count(), r.err());
    assertTrue(r.err().contains("not a tutor database"), r.err());
    assertEquals("hello", Files.readString(notes));
  }

  @Test
  void packListShowsVersionCountsAndEachSkillsLevel() throws Exception {
    cli().run("pack", "add", TestPacks.demo(dir).toString());
    Cli.Result r = cli().run("pack", "list");
    assertTrue(r.out().contains("demo 1.0.0  Demo pack"), r.out());
    assertTrue(r.out().contains("2 skills, 6 exercises"), r.out());
    // Level, the skill's id (what lesson, study --skill and goal take), exercises seen, title.
    assertTrue(r.out().matches("(?s).*new\\s+basics\\s+0/\\d+\\s+The basics.*"), r.out());
    assertTrue(
        r.out().matches("(?s).*locked\\s+more\\s+0/\\d+\\s+Building on the basics; needs basics.*"),
        r.out());
    r.out().lines().forEach(l -> assertTrue(l.length() <= 80, "wider than 80: " + l));
  }

  @Test
  void packListAsJsonIsMachineReadable() throws Exception {
    cli().run("pack", "add", TestPacks.demo(dir).toString());
    JsonNode json =
        new ObjectMapper().readTree(cli().run("pack", "list", "--format", "json").out());
    assertEquals("demo", json.get(0).get("pack").asText());
    assertEquals("locked", json.get(0).get("skill_progress").get(1).get("level").asText());
  }

  @Test
  void addingAnOlderVersionIsRefused() throws Exception {
    cli().run("pack", "add", TestPacks.demo(dir, "2.0.0", true).toString());
    Cli.Result r = cli().run("pack", "add", TestPacks.demo(dir, "1.0.0", true).toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("older version"), r.err());
  }

  @Test
  void aNewerVersionUpdatesAndReportsWhatChanged() throws Exception {
    cli().run("pack", "add", TestPacks.demo(dir).toString());
    Cli.Result r = cli().run("pack", "add", TestPacks.demo(dir, "1.1.0", false).toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out().contains("Updated demo 1.0.0 -> 1.1.0: 0 new, 0 changed, 5 unchanged, 1 retired"),
        r.out());
  }

  /** The demo pack installed, its capital answered, then retired by an update (1.1.0). */
  private void capitalAnsweredThenRetired() throws Exception {
    cli().run("pack", "add", TestPacks.demo(dir).toString());
    cli().input("Paris\n", "study", "--limit", "1");
    cli().run("pack", "add", TestPacks.demo(dir, "1.1.0", false).toString());
  }

  /** The pack's capital exercise with Lyon as its answer, where Paris was. */
  private static void capitalAnsweredLyon(Path pack) throws Exception {
    Path basics = pack.resolve("exercises/basics.yaml");
    Files.writeString(
        basics, Files.readString(basics).replace("answers: [Paris]", "answers: [Lyon]"));
  }

  @Test
  void anExerciseBroughtBackIsNotCountedAsNew() throws Exception {
    capitalAnsweredThenRetired();
    Cli.Result back = cli().run("pack", "add", TestPacks.demo(dir, "1.2.0", true).toString());
    assertEquals(0, back.code(), back.toString());
    assertTrue(
        back.out()
            .startsWith(
                "Updated demo 1.1.0 -> 1.2.0: 0 new, 1 brought back, 0 changed, 5 unchanged, 0"
                    + " retired exercises. Your history is kept.\n"),
        back.out());
    assertFalse(back.out().contains("starts again"), back.out());
  }

  @Test
  void anExerciseBroughtBackWithAnotherAnswerSaysItStartsAgain() throws Exception {
    capitalAnsweredThenRetired();
    Path v3 = TestPacks.demo(dir, "1.2.0", true);
    capitalAnsweredLyon(v3);
    Cli.Result dry = cli().run("pack", "add", "--dry-run", v3.toString());
    assertTrue(
        dry.out()
            .startsWith(
                "Dry run: would update demo 1.1.0 -> 1.2.0: 0 new, 1 brought back (1 starts again:"
                    + " answer changed), 0 changed, 5 unchanged, 0 retired exercises."),
        dry.out());
    Cli.Result back = cli().run("pack", "add", v3.toString());
    assertTrue(
        back.out()
            .startsWith(
                "Updated demo 1.1.0 -> 1.2.0: 0 new, 1 brought back (1 starts again: answer"
                    + " changed), 0 changed, 5 unchanged, 0 retired exercises."),
        back.out());
    assertTrue(back.out().contains("  capital: back after it was retired, and "), back.out());
  }

  @Test
  void theSameVersionAgainSaysWhatHappenedNotAnUpdateToItself() throws Exception {
    Path pack = TestPacks.demo(dir);
    cli().run("pack", "add", pack.toString());
    Cli.Result same = cli().run("pack", "add", pack.toString());
    assertEquals(0, same.code(), same.toString());
    assertEquals(
        "demo 1.0.0 is installed already, from the same files: nothing changed.\n", same.out());
    capitalAnsweredLyon(pack);
    Cli.Result edited = cli().run("pack", "add", pack.toString());
    assertEquals(0, edited.code(), edited.toString());
    assertTrue(
        edited
            .out()
            .startsWith(
                "Reinstalled demo 1.0.0 over the same version: 0 new, 1 changed, 5 unchanged, 0"
                    + " retired exercises. Your history is kept."),
        edited.out());
    assertTrue(
        edited.out().contains("Its version is still 1.0.0: raise version: in pack.yaml"),
        edited.out());
    assertFalse(edited.out().contains("1.0.0 -> 1.0.0"), edited.out());
  }

  @Test
  void aDryRunSaysWhatAnUpdateWouldDoAndChangesNothing() throws Exception {
    cli().run("pack", "add", TestPacks.demo(dir).toString());
    cli().input("Paris\n", "study", "--limit", "1");
    Path v2 = TestPacks.demo(dir, "1.1.0", true);
    Path basics = v2.resolve("exercises/basics.yaml");
    Files.writeString(
        basics,
        Files.readString(basics)
            .replace("answer: 5", "answer: 6")
            .replace("answers: [Paris]", "answers: [Paris, Paname]"));
    byte[] before = Files.readAllBytes(dir.resolve("tutor.db"));
    Cli.Result r = cli().run("pack", "add", "--dry-run", v2.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out()
            .contains(
                "Dry run: would update demo 1.0.0 -> 1.1.0: 0 new, 2 changed, 4 unchanged,"
                    + " 0 retired exercises. Nothing was changed."),
        r.out());
    assertTrue(r.out().contains("1 exercise would start again:"), r.out());
    assertTrue(r.out().contains("  sum: the accepted numbers changed"), r.out());
    assertArrayEquals(
        before, Files.readAllBytes(dir.resolve("tutor.db")), "the database is untouched");
    assertTrue(cli().run("pack", "list").out().contains("demo 1.0.0"));
    Cli.Result update = cli().run("pack", "add", v2.toString());
    assertTrue(
        update.out().contains("1 exercise changed its answer or type and starts again"),
        update.out());
    assertTrue(update.out().contains("  sum: the accepted numbers changed"), update.out());
  }

  @Test
  void aZippedPackInstalls() throws Exception {
    Path pack = TestPacks.demo(dir);
    Path zip = dir.resolve("demo.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String f : new String[] {"pack.yaml", "exercises/basics.yaml", "exercises/more.yaml"}) {
        z.putNextEntry(new ZipEntry("demo/" + f));
        z.write(Files.readAllBytes(pack.resolve(f)));
        z.closeEntry();
      }
    }
    Cli.Result r = cli().run("pack", "add", zip.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Installed demo 1.0.0"), r.out());
  }

  @Test
  void aZipThatWritesOutsideItsFolderIsRefused() throws Exception {
    Path zip = dir.resolve("evil.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      z.putNextEntry(new ZipEntry("../../escaped.txt"));
      z.write("gotcha".getBytes(StandardCharsets.UTF_8));
      z.closeEntry();
    }
    Cli.Result r = cli().run("pack", "add", zip.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("outside the pack"), r.err());
    assertFalse(Files.exists(dir.getParent().resolve("escaped.txt")));
    oneLineNoTrace(r);
  }

  @Test
  void aFileThatIsNotAZipIsRefused() throws Exception {
    Path zip = dir.resolve("fake.zip");
    try (OutputStream o = Files.newOutputStream(zip)) {
      o.write("not a zip".getBytes(StandardCharsets.UTF_8));
    }
    Cli.Result r = cli().run("pack", "add", zip.toString());
    assertEquals(2, r.code());
    oneLineNoTrace(r);
  }

  @Test
  void learnersAreSeparateAndSwitchable() throws Exception {
    Cli c = cli();
    c.run("pack", "add", TestPacks.demo(dir).toString());
    c.input("Paris\n", "study", "--limit", "1");
    assertEquals(0, c.run("learner", "add", "sam").code());
    assertTrue(c.run("learner", "list").out().contains("* sam"));
    assertTrue(c.run("pack", "list").out().contains("you have seen 0"), "sam starts fresh");
    assertEquals(0, c.run("learner", "use", "default").code());
    assertTrue(c.run("pack", "list").out().contains("you have seen 1"));
    assertEquals(2, c.run("learner", "use", "nobody").code());
    assertEquals(2, c.run("learner", "add", "sam").code());
  }

  @Test
  void settingsAreValidatedWithClearErrors() {
    Cli c = cli();
    assertEquals(0, c.run("settings", "desired-retention", "0.85").code());
    assertTrue(c.run("settings").out().contains("0.85"));
    Cli.Result bad = c.run("settings", "desired-retention", "2");
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("0.70 to 0.99"), bad.err());
    Cli.Result unknown = c.run("settings", "colours", "red");
    assertEquals(2, unknown.code());
    assertTrue(
        unknown.err().contains("unknown setting 'colours'; did you mean 'colour'?"), unknown.err());
    Cli.Result badValue =
        c.run("settings", "colour", "red"); // a preference: tutor settings sets those too
    assertEquals(2, badValue.code());
    assertTrue(badValue.err().contains("colour"), badValue.err());
  }

  @Test
  void bundledPacksAreInstalledOnFirstRunOnly() throws Exception {
    Path content = dir.resolve("content");
    TestPacks.demo(content);
    Cli c = cli().env("TUTOR_CONTENT", content.toString());
    Cli.Result first = c.run("pack", "list");
    assertTrue(first.err().contains("Installed pack 'demo' 1.0.0"), first.err());
    assertTrue(first.out().contains("demo 1.0.0"), first.out());
    Cli.Result second = c.run("pack", "list");
    assertEquals("", second.err());
  }

  @Test
  void aBundledUpdateThatStartsALearnersExercisesAgainSaysWhichAndWhy() throws Exception {
    Path content = dir.resolve("content");
    Path v1 = TestPacks.demo(content);
    Cli c = cli().env("TUTOR_CONTENT", content.toString());
    c.input("Paris\n5\nred\n", "study", "--limit", "3");
    // The shipped pack is upgraded in place: a new version whose sum has another answer.
    try (var files = Files.walk(v1)) {
      for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
    }
    Path v2 = TestPacks.demo(content, "1.1.0", true);
    Path basics = v2.resolve("exercises/basics.yaml");
    Files.writeString(basics, Files.readString(basics).replace("answer: 5", "answer: 6"));
    Cli.Result r = c.run("pack", "list");
    assertTrue(r.err().contains("Updated pack 'demo' 1.0.0 -> 1.1.0."), r.err());
    assertTrue(r.err().contains("1 exercise changed its answer or type and starts again"), r.err());
    assertTrue(r.err().contains("  \"What is 2.5 + 2.5?\": the accepted numbers changed"), r.err());
  }

  @Test
  void dueAsJsonListsWhatIsDue() throws Exception {
    Cli c = cli();
    c.run("pack", "add", TestPacks.demo(dir).toString());
    c.input("Paris\n", "study", "--limit", "1", "--now=2026-03-02T09:00:00Z");
    JsonNode json =
        new ObjectMapper()
            .readTree(c.run("due", "--format", "json", "--now=2026-03-02T10:00:00Z").out());
    assertEquals(1, json.get("due_now").asInt());
    assertEquals("capital", json.get("due").get(0).get("exercise").asText());
    // To the millisecond, as every other time in it (week6: "...T18:10:00.000117643Z").
    String now = json.get("now").asText();
    assertTrue(now.matches("2026-03-02T10:00:0\\d(\\.\\d{3})?Z"), now);
    JsonNode stats =
        new ObjectMapper()
            .readTree(c.run("stats", "--format", "json", "--now=2026-03-02T10:00:00Z").out());
    now = stats.get("now").asText();
    assertTrue(now.matches("2026-03-02T10:00:0\\d(\\.\\d{3})?Z"), now);
  }

  @Test
  void aBadNowValueIsAUsageError() {
    Cli.Result r = cli().run("due", "--now", "yesterday-ish");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("--now"), r.err());
  }
}
