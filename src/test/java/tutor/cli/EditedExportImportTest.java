package tutor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.TestPacks;
import tutor.json.Json;

/**
 * An export whose mastery was raised by hand (known and shown on two days, as no answer made it),
 * its manifest taken out and its format set to 1 (exports before manifests are still imported,
 * without checksums): it was imported as it was, and only doctor said so afterwards. Refused in one
 * line naming the skill and --mend, nothing imported; with --mend the mastery its answers give.
 */
class EditedExportImportTest {
  @TempDir Path dir;

  @Test
  void anExportWhoseMasteryWasRaisedByHandIsRefusedOrMended() throws Exception {
    Path db = dir.resolve("tutor.db");
    Cli cli = new Cli(db);
    assertEquals(0, cli.run("pack", "add", TestPacks.demo(dir).toString()).code());
    Cli.Result studied =
        cli.input(
            "Paris\n5\n", "study", "--skill", "basics", "--limit", "2", "--now=2026-03-02T09:00Z");
    assertEquals(0, studied.code(), studied.toString());
    Path export = dir.resolve("me.json");
    assertEquals(0, cli.run("export", "--out", export.toString()).code());
    ObjectNode edited = (ObjectNode) Json.MAPPER.readTree(export.toFile());
    edited.put("format_version", 1);
    edited.remove("manifest");
    for (var row : edited.path("tables").path("mastery")) {
      ((ObjectNode) row).put("p_known", 0.999).put("another_day", 1).put("another_exercise", 1);
    }
    Path cheat = dir.resolve("cheat.json");
    Files.writeString(cheat, Json.MAPPER.writeValueAsString(edited));

    Cli.Result refused = cli.run("import", cheat.toString(), "--as", "cheat");
    assertEquals(2, refused.code(), refused.toString());
    // one line (besides the note of the backup made before any import), no stack trace
    assertEquals(
        1, refused.err().lines().filter(l -> l.startsWith("tutor: ")).count(), refused.err());
    assertTrue(!refused.err().contains("Exception"), refused.err());
    assertTrue(refused.err().contains("demo/basics"), refused.err());
    assertTrue(refused.err().contains("--mend"), refused.err());
    assertEquals(0, Rows.count(db, "SELECT count(*) FROM learners WHERE name = 'cheat'"));

    Cli.Result mended = cli.run("import", cheat.toString(), "--as", "cheat", "--mend");
    assertEquals(0, mended.code(), mended.toString());
    assertTrue(mended.out().contains("Mended: 1 skill's mastery"), mended.out());
    assertEquals(
        0,
        Rows.count(
            db,
            "SELECT count(*) FROM mastery m JOIN learners l ON l.id = m.learner_id"
                + " WHERE l.name = 'cheat' AND (m.p_known = 0.999 OR m.another_day = 1)"));
    assertTrue(
        cli.run("doctor").out().contains("every skill's mastery agrees with the answer log"));

    // The export as tutor wrote it goes in as it is.
    Cli.Result honest = cli.run("import", export.toString(), "--as", "honest");
    assertEquals(0, honest.code(), honest.toString());
    assertTrue(!honest.out().contains("Mended"), honest.out());
  }
}
