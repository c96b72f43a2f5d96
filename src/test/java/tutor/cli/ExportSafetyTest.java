package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;

/**
 * An export cut short, altered, or holding values the app would never write is refused by import,
 * in one line that names the file (and the row and column); nothing is imported.
 */
class ExportSafetyTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  @TempDir static Path shared;
  private static Path template;
  private static Path pack;
  @TempDir Path dir;
  private Path db;
  private Cli cli;
  private Cli other;

  @BeforeAll
  static void studied() throws Exception {
    template = shared.resolve("template.db");
    Cli cli = new Cli(template);
    pack = TestPacks.demo(shared);
    assertEquals(0, cli.run("pack", "add", pack.toString()).code());
    assertEquals(0, cli.run("settings", "new-per-day", "7").code());
    assertEquals(
        0,
        cli.run("goal", "add", "--pack", "demo", "--by", "2026-04-01", "--now=2026-03-02T08:00:00Z")
            .code());
    cli.input("Paris\n5\n2\n100\nCelsius\n", "study", "--limit", "4", "--now=2026-03-02T09:00:00Z");
    cli.input("Paris\n5\n1\n100\nC\n\n3\n", "study", "--limit", "6", "--now=2026-03-03T09:00:00Z");
  }

  @BeforeEach
  void copy() throws Exception {
    db = dir.resolve("one.db");
    Files.copy(template, db);
    cli = new Cli(db);
    other = new Cli(dir.resolve("two.db"));
    assertEquals(0, other.run("pack", "add", pack.toString()).code());
  }

  private Path export(String format) {
    Cli.Result r =
        cli.run(
            "export",
            "--format",
            format,
            "--out",
            dir.resolve("out").toString(),
            "--now=2026-03-04T09:00:00Z");
    assertEquals(0, r.code(), r.toString());
    return Path.of(r.out().strip().replaceFirst("(?s).* to ", ""));
  }

  /** --out NAME.json writes that file, as a learner who names the file means; never over one. */
  @Test
  void anOutNameEndingInJsonIsTheFileItself() throws Exception {
    Path file = dir.resolve("me.json");
    Cli.Result r = cli.run("export", "--out", file.toString(), "--now=2026-03-04T09:00:00Z");
    assertEquals(0, r.code(), r.toString());
    assertTrue(Files.isRegularFile(file), r.toString());
    assertTrue(r.out().strip().endsWith(" to " + file), r.out());
    assertEquals(0, other.run("import", file.toString(), "--as", "copy").code());
    Cli.Result again = cli.run("export", "--out", file.toString(), "--now=2026-03-04T09:00:01Z");
    assertEquals(2, again.code(), again.toString());
    assertTrue(again.err().contains("already exists"), again.err());
    // A directory that happens to end in .json is still a directory to write into.
    Path folder = Files.createDirectory(dir.resolve("exports.json"));
    Cli.Result into = cli.run("export", "--out", folder.toString(), "--now=2026-03-04T09:00:02Z");
    assertEquals(0, into.code(), into.toString());
    try (var files = Files.list(folder)) {
      assertEquals(1, files.count());
    }
  }

  /**
   * Import is refused with exit 2, one line containing each of {@code words}, and nothing imported.
   */
  private void refused(Path export, String... words) throws Exception {
    Cli.Result r = other.run("import", export.toString());
    assertEquals(2, r.code(), r.toString());
    String line =
        r.err().strip().lines().filter(l -> l.startsWith("tutor:")).findFirst().orElse("");
    assertEquals(
        1, r.err().strip().lines().filter(l -> !l.startsWith("Backed up")).count(), r.err());
    for (String w : words) assertTrue(line.contains(w), "'" + w + "' in: " + line);
    assertEquals(
        0, Rows.count(dir.resolve("two.db"), "SELECT count(*) FROM reviews"), "nothing imported");
  }

  private static void dropLastLine(Path file) throws Exception {
    List<String> lines = new ArrayList<>(Files.readAllLines(file));
    lines.remove(lines.size() - 1);
    Files.write(file, lines);
  }

  @Test
  void aCsvFileCutAtALineBoundaryIsRefused() throws Exception {
    Path out = export("csv");
    dropLastLine(out.resolve("reviews.csv"));
    refused(out, "reviews.csv", "rows", "manifest");
  }

  @Test
  void aCsvExportMissingAFileIsRefused() throws Exception {
    Path out = export("csv");
    Files.delete(out.resolve("reviews.csv"));
    refused(out, "reviews.csv", "missing");
  }

  @Test
  void aCsvExportWithoutItsManifestAsAKilledExportLeavesItIsRefused() throws Exception {
    Path out = export("csv");
    Files.delete(out.resolve("manifest.csv"));
    refused(out, "manifest.csv");
  }

  @Test
  void anAlteredValueBreaksTheChecksum() throws Exception {
    Path out = export("csv");
    Path reviews = out.resolve("reviews.csv");
    Files.writeString(reviews, Files.readString(reviews).replaceFirst("Paris", "Lyon"));
    refused(out, "reviews.csv", "checksum");
  }

  @Test
  void aJsonExportCutShortOrWithoutATableIsRefused() throws Exception {
    Path file = export("json");
    byte[] all = Files.readAllBytes(file);
    Path cut = dir.resolve("cut.json");
    Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
    refused(cut, "cut.json", "ends too early");
    ObjectNode doc = (ObjectNode) JSON.readTree(all);
    ((ObjectNode) doc.get("tables")).remove("reviews");
    Path without = dir.resolve("without.json");
    Files.writeString(without, JSON.writeValueAsString(doc));
    refused(without, "reviews", "missing");
    ObjectNode noManifest = (ObjectNode) JSON.readTree(all);
    noManifest.remove("manifest");
    Path none = dir.resolve("none.json");
    Files.writeString(none, JSON.writeValueAsString(noManifest));
    refused(none, "no manifest");
  }

  @Test
  void anExportWrittenByHandIsCheckedValueByValue() throws Exception {
    ObjectNode base = (ObjectNode) JSON.readTree(Files.readAllBytes(export("json")));
    base.remove("manifest");
    base.put(
        "format_version", 1); // as before manifests: no checksum to catch these, only the rules
    record Case(String name, Consumer<ObjectNode> edit, String[] words) {}
    List<Case> cases =
        List.of(
            new Case(
                "phase",
                d -> row(d, "cards").put("phase", "zombie"),
                new String[] {"cards", "row 1", "phase", "zombie"}),
            new Case(
                "setting",
                d -> setting(d, "new-per-day", "lots"),
                new String[] {"learner_settings", "new-per-day", "lots"}),
            new Case(
                "deadline",
                d -> row(d, "goals").put("deadline", "yesterday"),
                new String[] {"goals", "deadline", "yesterday"}),
            new Case(
                "rating",
                d -> row(d, "reviews").put("rating", 9),
                new String[] {"reviews", "row 1", "rating", "9"}),
            new Case(
                "fraction",
                d -> row(d, "reviews").put("rating", 3.7),
                new String[] {"reviews", "rating", "3.7", "whole"}),
            new Case(
                "stability",
                d -> row(d, "cards").put("stability", -5.0),
                new String[] {"cards", "stability", "-5"}),
            new Case("tables", d -> d.putArray("tables"), new String[] {"tables"}),
            new Case("empty", d -> d.putObject("tables"), new String[] {"no tables"}),
            new Case(
                "name",
                d -> ((ObjectNode) d.get("learner")).put("name", "../../etc/passwd"),
                new String[] {"--as"}),
            new Case(
                "escape",
                d -> ((ObjectNode) d.get("learner")).put("name", "x\u001b[31m\nroot"),
                new String[] {"\\u001B", "--as"}),
            new Case(
                "long",
                d -> ((ObjectNode) d.get("learner")).put("name", "a".repeat(100_000)),
                new String[] {"64"}),
            new Case(
                "null",
                d -> row(d, "reviews").putNull("rating"),
                new String[] {"rating", "required"}));
    for (Case c : cases) {
      ObjectNode doc = base.deepCopy();
      c.edit().accept(doc);
      Path file = dir.resolve(c.name() + ".json");
      Files.writeString(file, JSON.writeValueAsString(doc), StandardCharsets.UTF_8);
      refused(file, c.words());
    }
    Path fine = dir.resolve("fine.json");
    Files.writeString(fine, JSON.writeValueAsString(base));
    assertEquals(
        0, other.run("import", fine.toString()).code(), "the untouched format-1 export imports");
  }

  @Test
  void aBadNameCanBeImportedUnderAnotherWithAs() throws Exception {
    ObjectNode doc = (ObjectNode) JSON.readTree(Files.readAllBytes(export("json")));
    ((ObjectNode) doc.get("learner")).put("name", "../../etc/passwd");
    doc.remove("manifest");
    doc.put("format_version", 1);
    Path file = dir.resolve("bad-name.json");
    Files.writeString(file, JSON.writeValueAsString(doc));
    Cli.Result r = other.run("import", file.toString(), "--as", "jean-luc");
    assertEquals(0, r.code(), r.toString());
    assertEquals(2, other.run("import", file.toString(), "--as", "a/b").code());
  }

  @Test
  void aKilledExportLeavesNothingUnderTheExportsName() throws Exception {
    Path out = export("csv");
    try (var files = Files.list(out.getParent())) {
      assertEquals(
          List.of(out.getFileName().toString()),
          files.map(f -> f.getFileName().toString()).toList(),
          "no temporary file is left after a finished export");
    }
    // What a kill leaves: the temporary directory, without its manifest (written last).
    Path partial = out.resolveSibling("." + out.getFileName() + ".1234abcd.partial");
    Files.createDirectories(partial);
    Files.copy(out.resolve("reviews.csv"), partial.resolve("reviews.csv"));
    refused(partial, "manifest.csv");
  }

  private static ObjectNode row(ObjectNode doc, String table) {
    ArrayNode rows = (ArrayNode) doc.get("tables").get(table);
    assertTrue(rows.size() > 0, table + " has rows to alter");
    return (ObjectNode) rows.get(0);
  }

  private static void setting(ObjectNode doc, String key, String value) {
    ((ArrayNode) doc.get("tables").get("learner_settings"))
        .addObject()
        .put("key", key)
        .put("value", value);
    ArrayNode rows = (ArrayNode) doc.get("tables").get("learner_settings");
    for (int i = 0; i < rows.size() - 1; i++) {
      if (rows.get(i).get("key").asText().equals(key)) rows.remove(i);
    }
  }

  @Test
  void learnerNamesInAnyScriptAreAddedAndNoNameIsPrintedRaw() throws Exception {
    for (String name : List.of("हिन्दी", "e\u0301mile", "jean-luc")) {
      Cli.Result r = cli.run("learner", "add", name);
      assertEquals(0, r.code(), r.toString());
    }
    assertEquals(
        0,
        cli.run("learner", "use", "\u00e9mile").code(),
        "the composed form finds the decomposed one");
    for (String bad : List.of("../../etc/passwd", "x\u001b[31m\nroot", "", "a".repeat(65))) {
      Cli.Result r = cli.run("learner", "add", bad);
      assertEquals(2, r.code(), r.toString());
      assertEquals(1, r.err().strip().lines().count(), r.err());
      assertTrue(!r.err().contains("\u001b"), "no raw escape in the message");
    }
    Rows.exec(
        db,
        "INSERT INTO learners(name, created_at) VALUES ('evil' || char(27) || '[2J' || char(10) || 'x', 0)");
    Cli.Result list = cli.run("learner", "list");
    assertEquals(0, list.code(), list.toString());
    assertTrue(list.out().contains("evil\\u001B[2J\\u000Ax"), list.out());
    assertTrue(
        list.out().chars().noneMatch(ch -> ch < 32 && ch != '\n'), "no control characters printed");
  }

  /**
   * An export holds nothing later than the moment it was made (stamped by the clock once its rows
   * are read): answers dated after it mean an altered file, or a clock that was wrong. Refused in
   * one line naming the file, row and column; --allow-later-dates takes them as they are.
   */
  @Test
  void answersDatedAfterTheExportAreRefusedUnlessAllowed() throws Exception {
    for (String format : List.of("json", "csv")) {
      // the second day's answers (2026-03-03) come after an export stamped on the first day
      Cli.Result made =
          cli.run(
              "export",
              "--format",
              format,
              "--out",
              dir.resolve("early-" + format).toString(),
              "--now=2026-03-02T10:00:00Z");
      assertEquals(0, made.code(), made.toString());
      Path file = Path.of(made.out().strip().replaceFirst("(?s).* to ", ""));
      long answersBefore = Rows.count(dir.resolve("two.db"), "SELECT count(*) FROM reviews");
      Cli.Result r = other.run("import", file.toString());
      assertEquals(2, r.code(), r.toString());
      // the backup made before an import says so first; the refusal is one line after it
      List<String> lines = r.err().strip().lines().toList();
      assertEquals(1, lines.stream().filter(l -> l.startsWith("tutor:")).count(), r.err());
      String err = lines.get(lines.size() - 1);
      assertTrue(err.startsWith("tutor: nothing imported: " + file), err);
      assertTrue(
          err.matches(
              "(?s).*(row \\d+|line \\d+|csv:\\d+).*column '(reviewed_at|last_review|updated_at|seen_at)':"
                  + " 2026-03-03T09:.* is after the export was made \\(2026-03-02T10:00:00Z\\).*"),
          err);
      assertTrue(err.contains("--allow-later-dates"), err);
      assertEquals(
          answersBefore, Rows.count(dir.resolve("two.db"), "SELECT count(*) FROM reviews"));
      Cli.Result allowed =
          other.run("import", file.toString(), "--allow-later-dates", "--as", "late-" + format);
      assertEquals(0, allowed.code(), allowed.toString());
    }
    assertEquals(
        2 * Rows.count(db, "SELECT count(*) FROM reviews"),
        Rows.count(dir.resolve("two.db"), "SELECT count(*) FROM reviews"),
        "every answer imported, twice, once allowed");
  }
}
