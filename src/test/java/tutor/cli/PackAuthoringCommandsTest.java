package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * tutor pack new, validate, lint, test, preview, stats, import and export, as an author runs them.
 */
class PackAuthoringCommandsTest {
  @TempDir Path dir;

  private Cli cli() {
    return new Cli(dir.resolve("tutor.db"));
  }

  private Path newPack() {
    Path pack = dir.resolve("demo");
    Cli.Result r = cli().run("pack", "new", "demo", "--dir", pack.toString());
    assertEquals(0, r.code(), r.toString());
    return pack;
  }

  private static void noTrace(Cli.Result r) {
    assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.toString());
  }

  private void nothingInstalled() {
    assertFalse(Files.exists(dir.resolve("tutor.db")), "no database is created or touched");
  }

  @Test
  void everyAuthoringCommandHasHelpWithExamples() {
    for (String cmd :
        new String[] {"new", "validate", "lint", "test", "preview", "stats", "import", "export"}) {
      Cli.Result r = cli().run("pack", cmd, "--help");
      assertEquals(0, r.code(), cmd);
      assertTrue(r.out().contains("Examples:"), cmd + ":\n" + r.out());
    }
  }

  @Test
  void aNewPackValidatesLintsCleanAndPassesItsTests() {
    Path pack = newPack();
    Cli.Result v = cli().run("pack", "validate", pack.toString());
    assertEquals(0, v.code(), v.toString());
    assertEquals("ok: demo 0.1.0, 2 skills, 9 exercises", v.out().strip());
    Cli.Result l = cli().run("pack", "lint", pack.toString(), "--strict");
    assertEquals(0, l.code(), l.toString());
    assertEquals("ok: no warnings", l.out().strip());
    Cli.Result t = cli().run("pack", "test", pack.toString());
    assertEquals(0, t.code(), t.toString());
    assertTrue(t.out().strip().matches("\\d+ passed, 0 failed"), t.out());
    nothingInstalled();
  }

  @Test
  void newRefusesAnIdThatIsNotAnIdAndADirectoryInUse() throws Exception {
    Cli.Result bad = cli().run("pack", "new", "My Pack", "--dir", dir.resolve("x").toString());
    assertEquals(2, bad.code());
    assertTrue(bad.err().contains("pack id 'My Pack'"), bad.err());
    Files.writeString(dir.resolve("busy.txt"), "mine");
    Cli.Result busy = cli().run("pack", "new", "demo", "--dir", dir.toString());
    assertEquals(2, busy.code());
    assertTrue(busy.err().contains("already exists and is not empty"), busy.err());
    assertFalse(Files.exists(dir.resolve("pack.yaml")));
    assertFalse(Files.exists(dir.resolve("x")));
  }

  @Test
  void validateListsEveryErrorAsFileLineColumnAndExitsTwoAsPackAddDoes() throws Exception {
    Path pack = TestPacks.demo(dir);
    Path more = pack.resolve("exercises/more.yaml");
    Files.writeString(
        more,
        Files.readString(more)
            .replace("type: order", "type: mcq")
            .replace("skill: more\n    type: flashcard", "skil: more\n    type: flashcard"));
    Cli.Result r = cli().run("pack", "validate", pack.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.out().contains(more + ":4:5: exercise 'planets': unknown type 'mcq'"), r.out());
    assertTrue(
        r.out()
            .contains(
                more + ":9:5: exercise 'water': unknown field 'skil' (did you mean 'skill'?)"),
        r.out());
    assertTrue(r.out().contains("errors in " + pack), r.out());
    noTrace(r);
    nothingInstalled();
  }

  @Test
  void validateAsJsonGivesEachErrorsPlace() throws Exception {
    Path pack = TestPacks.demo(dir);
    Path more = pack.resolve("exercises/more.yaml");
    Files.writeString(more, Files.readString(more).replace("type: order", "type: mcq"));
    Cli.Result r = cli().run("pack", "validate", pack.toString(), "--format", "json");
    assertEquals(2, r.code());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertFalse(json.get("valid").asBoolean());
    JsonNode e = json.get("errors").get(0);
    assertEquals(more.toString(), e.get("file").asText());
    assertEquals(4, e.get("line").asInt());
    assertEquals(5, e.get("column").asInt());
  }

  @Test
  void validateNamesFilesInsideAZipByTheirPlaceInTheZip() throws Exception {
    Path pack = TestPacks.demo(dir);
    Path zip = dir.resolve("demo.zip");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (String f : new String[] {"pack.yaml", "exercises/basics.yaml", "exercises/more.yaml"}) {
        z.putNextEntry(new ZipEntry("demo/" + f));
        z.write(
            Files.readString(pack.resolve(f))
                .replace("type: order", "type: mcq")
                .getBytes(StandardCharsets.UTF_8));
        z.closeEntry();
      }
    }
    Cli.Result r = cli().run("pack", "validate", zip.toString());
    assertEquals(2, r.code());
    assertTrue(
        r.out().contains(zip + "!/demo/exercises/more.yaml:4:5: exercise 'planets'"), r.out());
  }

  @Test
  void aMissingPathIsBadInput() {
    Cli.Result r = cli().run("pack", "validate", dir.resolve("nope").toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("no such file or directory"), r.err());
  }

  @Test
  void lintWarnsButExitsZeroUnlessStrict() throws Exception {
    Path pack = TestPacks.demo(dir);
    Cli.Result r = cli().run("pack", "lint", pack.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains(pack.resolve("exercises/basics.yaml") + ":"), r.out());
    assertTrue(r.out().contains(": warning: exercise 'sum' has no hint [no-hint]"), r.out());
    assertEquals(1, cli().run("pack", "lint", pack.toString(), "--strict").code());
  }

  @Test
  void lintNamesAFileOfExercisesThatThePatternsDoNotRead() throws Exception {
    // A new author's .yml beside the default pattern exercises/*.yaml: valid, and never asked.
    Path pack = newPack();
    String extra =
        "exercises:\n  - id: extra-one\n    skill: planets\n    type: text\n"
            + "    prompt: Q\n    answers: [a]\n";
    Files.writeString(pack.resolve("exercises/extra.yml"), extra);
    Files.createDirectories(pack.resolve(".github"));
    Files.writeString(pack.resolve(".github/ci.yml"), "exercises: []\n"); // hidden: not the pack's
    Files.writeString(pack.resolve("notes.yaml"), "todo: more exercises\n"); // no exercises: key
    assertEquals(0, cli().run("pack", "validate", pack.toString()).code());
    Cli.Result r = cli().run("pack", "lint", pack.toString(), "--strict");
    assertEquals(1, r.code(), r.toString());
    assertEquals(
        pack.resolve("exercises/extra.yml")
            + ": warning: this file has exercises but is not read: no pattern of exercises: in"
            + " pack.yaml (exercises/*.yaml) matches it; rename it or add it there [unread-file]\n"
            + "1 warning in "
            + pack
            + "\n",
        r.out());
  }

  @Test
  void lintAsJsonListsRules() throws Exception {
    JsonNode json =
        new ObjectMapper()
            .readTree(
                cli()
                    .run(
                        "pack",
                        "lint",
                        TestPacks.demo(dir).toString(),
                        "--format",
                        "json",
                        "--min-exercises",
                        "10")
                    .out());
    assertTrue(json.get("warnings_count").asInt() > 0);
    boolean few = false;
    for (JsonNode w : json.get("warnings")) few |= w.get("rule").asText().equals("few-exercises");
    assertTrue(few, json.toString());
  }

  @Test
  void lintOnABrokenPackShowsTheErrorsAndExitsTwo() throws Exception {
    Path pack = newPack();
    Files.writeString(
        pack.resolve("pack.yaml"),
        Files.readString(pack.resolve("pack.yaml")).replace("version: 0.1.0", "version: one"));
    Cli.Result r = cli().run("pack", "lint", pack.toString());
    assertEquals(2, r.code());
    assertTrue(r.err().contains("version 'one' is not a semantic version"), r.err());
    assertTrue(r.err().contains("tutor pack validate"), r.err());
  }

  @Test
  void testNamesTheExercisesThatHaveNoExamples() throws Exception {
    Path pack = newPack();
    Path ex = pack.resolve("exercises/basics.yaml");
    String yaml = Files.readString(ex);
    // Drop red-planet's three lines "examples:", "accept: [Mars, ...]", "reject: [...]".
    List<String> lines = new java.util.ArrayList<>(yaml.lines().toList());
    int accept =
        lines.indexOf(
            lines.stream()
                .filter(l -> l.contains("accept: [Mars, mars"))
                .findFirst()
                .orElseThrow());
    lines.subList(accept - 1, accept + 2).clear();
    String cut = String.join("\n", lines) + "\n";
    assertTrue(!cut.equals(yaml), "the scaffold's red-planet examples moved; update this test");
    Files.writeString(ex, cut);
    Cli.Result r = cli().run("pack", "test", pack.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.err().contains("1 exercise (not flashcards) has no examples: red-planet"), r.err());
  }

  @Test
  void aFailingExampleFailsTheTestRunWithItsPlaceAndJunitXml() throws Exception {
    Path pack = newPack();
    Path ex = pack.resolve("exercises/basics.yaml");
    Files.writeString(
        ex, Files.readString(ex).replace("reject: [Venus, Jupiter]", "reject: [Venus, MARS]"));
    Path junit = dir.resolve("results.xml");
    Cli.Result r = cli().run("pack", "test", pack.toString(), "--junit", junit.toString());
    assertEquals(1, r.code(), r.toString());
    int line = Files.readString(ex).lines().toList().indexOf("      reject: [Venus, MARS]") + 1;
    assertTrue(r.out().contains(ex + ":" + line + ":"), r.out());
    assertTrue(
        r.out()
            .contains(
                "FAIL exercise 'red-planet': reject 'MARS' should be rejected, but is accepted"),
        r.out());
    assertTrue(r.out().contains(" passed, 1 failed"), r.out());
    String xml = Files.readString(junit);
    assertTrue(
        xml.contains("failures=\"1\"") && xml.contains("classname=\"demo.red-planet\""), xml);
  }

  @Test
  void previewShowsTheExerciseAndTheFeedbackFromTheRealGrader() {
    Path pack = newPack();
    Cli.Result q = cli().run("pack", "preview", pack.toString(), "--exercise", "red-planet");
    assertEquals(0, q.code(), q.toString());
    assertTrue(q.out().contains("Which planet is called the Red Planet?"), q.out());
    Cli.Result a =
        cli()
            .run(
                "pack",
                "preview",
                pack.toString(),
                "--exercise",
                "red-planet",
                "--answer",
                "Venus");
    assertEquals(0, a.code(), a.toString());
    assertTrue(a.out().contains("Not quite.") && a.out().contains("Expected: Mars"), a.out());
    assertTrue(a.out().contains("Why: Iron oxide"), a.out());
    assertFalse(a.out().contains("\u001b["), "no escape codes when piped");
    nothingInstalled();
  }

  @Test
  void previewNeverGradesAStudySessionCommand() {
    Cli.Result r =
        cli()
            .run(
                "pack",
                "preview",
                newPack().toString(),
                "--exercise",
                "red-planet",
                "--answer",
                ":dispute");
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.out().contains(":dispute does not apply here"), r.out());
    assertTrue(r.err().contains("':dispute' does not apply in pack preview"), r.err());
    assertFalse(r.out().contains("Not quite"), "not graded: " + r.out());
  }

  @Test
  void previewOfASkillShowsItsLessonBeforeItsExercises() {
    Cli.Result r = cli().run("pack", "preview", newPack().toString(), "--skill", "water");
    assertEquals(0, r.code(), r.toString());
    int lesson = r.out().indexOf("Water is the only common substance");
    int exercise = r.out().indexOf("At sea level, at how many degrees");
    assertTrue(lesson >= 0 && exercise > lesson, r.out());
    assertTrue(r.out().contains("https://en.wikipedia.org/wiki/Water"), r.out());
  }

  @Test
  void previewRefusesAnAnswerOfTheWrongShapeAndAnUnknownExercise() {
    Path pack = newPack();
    Cli.Result bad =
        cli()
            .run(
                "pack",
                "preview",
                pack.toString(),
                "--exercise",
                "largest-planet",
                "--answer",
                "9");
    assertEquals(2, bad.code(), bad.toString());
    assertTrue(bad.out().contains("Type the number of your choice (1-4)"), bad.out());
    Cli.Result unknown = cli().run("pack", "preview", pack.toString(), "--exercise", "red-plane");
    assertEquals(2, unknown.code());
    assertTrue(
        unknown.err().contains("no exercise 'red-plane'")
            && unknown.err().contains("did you mean 'red-planet'"),
        unknown.err());
  }

  @Test
  void previewSaysHowManyGapAnswersAClozeNeedsWhenTooFewAreGiven() {
    Cli.Result r =
        cli()
            .run(
                "pack",
                "preview",
                newPack().toString(),
                "--exercise",
                "water-formula",
                "--answer",
                "H2O");
    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err()
            .contains(
                "exercise 'water-formula' has 2 gaps but 'H2O' gives 1 answer: separate the gaps'"
                    + " answers with | (--answer '...|...')"),
        r.err());
    assertFalse(r.err().contains("see the message above"), r.err());
  }

  @Test
  void testOfAPackOfFlashcardsOnlyDoesNotAskForExamplesFlashcardsCannotHave() throws Exception {
    Path pack = dir.resolve("cards");
    Files.createDirectories(pack.resolve("exercises"));
    Files.writeString(
        pack.resolve("pack.yaml"),
        "id: cards\ntitle: Cards\nversion: 1.0.0\nskills:\n  - id: a\n    title: A\n");
    Files.writeString(
        pack.resolve("exercises/a.yaml"),
        "exercises:\n  - id: c1\n    skill: a\n    type: flashcard\n    front: F\n    back: B\n");
    Cli.Result r = cli().run("pack", "test", pack.toString());
    assertEquals(0, r.code(), r.toString());
    assertEquals("0 passed, 0 failed", r.out().strip());
    assertTrue(r.err().contains("nothing to test: flashcards have no examples"), r.err());
    assertFalse(r.err().contains("add examples"), r.err());
  }

  @Test
  void statsShowsCountsTheTreeAndAnEstimate() throws Exception {
    Path pack = newPack();
    Cli.Result r = cli().run("pack", "stats", pack.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out()
            .contains(
                "2 skills, 9 exercises: 1 flashcard, 2 choice, 1 text, 1 cloze, 1 numeric, 1 order,"
                    + " 1 sql, 1 regex"),
        r.out());
    assertTrue(r.out().contains("Longest prerequisite chain: 2 skills"), r.out());
    assertTrue(r.out().contains("  planets\n  - water"), r.out());
    JsonNode json =
        new ObjectMapper()
            .readTree(cli().run("pack", "stats", pack.toString(), "--format", "json").out());
    assertEquals(2, json.get("depth").asInt());
    assertEquals(1, json.get("types").get("order").asInt());
  }

  @Test
  void anExportedPackInstallsAndTheSamePackGivesTheSameZip() throws Exception {
    Path pack = newPack();
    Path zip = dir.resolve("out/demo.zip");
    Files.createDirectories(zip.getParent());
    Cli.Result r = cli().run("pack", "export", pack.toString(), "--out", zip.toString());
    assertEquals(0, r.code(), r.toString());
    byte[] first = Files.readAllBytes(zip);
    assertEquals(
        2,
        cli().run("pack", "export", pack.toString(), "--out", zip.toString()).code(),
        "no overwrite without --force");
    assertEquals(
        0, cli().run("pack", "export", pack.toString(), "--out", zip.toString(), "--force").code());
    assertTrue(java.util.Arrays.equals(first, Files.readAllBytes(zip)));
    Cli.Result add = cli().run("pack", "add", zip.toString());
    assertEquals(0, add.code(), add.toString());
    assertTrue(add.out().contains("Installed demo 0.1.0"), add.out());
  }

  @Test
  void anInstalledPackCanBeExportedByItsId() throws Exception {
    cli().run("pack", "add", TestPacks.demo(dir).toString());
    Path zip = dir.resolve("again.zip");
    Cli.Result r = cli().run("pack", "export", "demo", "--out", zip.toString());
    assertEquals(0, r.code(), r.toString());
    Path other = dir.resolve("other");
    Cli.Result v = new Cli(other.resolve("t.db")).run("pack", "validate", zip.toString());
    assertEquals("ok: demo 1.0.0, 2 skills, 6 exercises", v.out().strip(), v.toString());
  }

  @Test
  void anExportOfAnInstalledPackKeepsItsAttributionAndIsTheSameBytesEachTime() throws Exception {
    Path pack = newPack();
    Path manifest = pack.resolve("pack.yaml");
    // Attribution and BKT parameters: the fields an export used to drop or write in a random order.
    Files.writeString(
        manifest,
        Files.readString(manifest)
            .replace("authors: [\"Your Name\"]", "authors: [Ada, Grace]")
            .replace("license: CC-BY-4.0", "license: CC-BY-SA-4.0")
            .replace("language: en", "language: fr")
            .replaceFirst(
                "(?m)^(  - id: planets\n)",
                "$1    bkt: {prior: 0.2, learn: 0.3, guess: 0.25, slip: 0.1}\n"));
    Cli.Result valid = cli().run("pack", "validate", pack.toString());
    assertEquals(0, valid.code(), valid.toString());
    assertEquals(0, cli().run("pack", "add", pack.toString()).code());
    Path first = dir.resolve("first.zip");
    Path second = dir.resolve("second.zip");
    assertEquals(0, cli().run("pack", "export", "demo", "--out", first.toString()).code());
    assertEquals(0, cli().run("pack", "export", "demo", "--out", second.toString()).code());
    assertTrue(
        java.util.Arrays.equals(Files.readAllBytes(first), Files.readAllBytes(second)),
        "byte-reproducible");
    String exported;
    try (var zip = new java.util.zip.ZipFile(first.toFile())) {
      exported =
          new String(
              zip.getInputStream(zip.getEntry("demo/pack.yaml")).readAllBytes(),
              StandardCharsets.UTF_8);
    }
    assertTrue(exported.contains("Ada") && exported.contains("Grace"), exported);
    assertTrue(
        exported.contains("license: \"CC-BY-SA-4.0\"")
            || exported.contains("license: CC-BY-SA-4.0"),
        exported);
    assertTrue(
        exported.contains("language: \"fr\"") || exported.contains("language: fr"), exported);
    // The same order in every JVM (Map.of's order changes from run to run).
    int prior = exported.indexOf("prior: 0.2");
    int learn = exported.indexOf("learn: 0.3");
    int guess = exported.indexOf("guess: 0.25");
    int slip = exported.indexOf("slip: 0.1");
    assertTrue(prior > 0 && prior < learn && learn < guess && guess < slip, exported);
  }

  @Test
  void importWritesAValidPackAndRefusesToOverwrite() throws Exception {
    Path csv = dir.resolve("words.csv");
    Files.writeString(csv, "front,back\nhola,hello\nperro,dog\n");
    Path out = dir.resolve("words");
    Cli.Result r = cli().run("pack", "import", csv.toString(), "--out", out.toString());
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Imported 2 exercises in 1 skill into " + out), r.out());
    assertEquals(0, cli().run("pack", "validate", out.toString()).code());
    Cli.Result again = cli().run("pack", "import", csv.toString(), "--out", out.toString());
    assertEquals(2, again.code());
    assertTrue(again.err().contains("already exists"), again.err());
    nothingInstalled();
  }

  @Test
  void badImportsOfEveryKindGiveOneClearLineAndWriteNothing() throws Exception {
    Path notZip = dir.resolve("fake.apkg");
    Files.writeString(notZip, "not a zip");
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, "caf\u00e9,coffee\n".getBytes(StandardCharsets.ISO_8859_1));
    Path unknown = dir.resolve("deck.pdf");
    Files.writeString(unknown, "%PDF");
    for (Path input : new Path[] {notZip, latin1, unknown, dir.resolve("missing.csv")}) {
      Path out = dir.resolve("out-" + input.getFileName());
      Cli.Result r = cli().run("pack", "import", input.toString(), "--out", out.toString());
      assertEquals(2, r.code(), r.toString());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      noTrace(r);
      assertFalse(Files.exists(out), "nothing written for " + input);
    }
    try (var files = Files.list(dir)) {
      assertFalse(
          files.anyMatch(p -> p.getFileName().toString().startsWith(".tutor")),
          "no temporary files left");
    }
  }
}
