package tutor.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;
import tutor.pack.Pack;
import tutor.pack.Skill;

/** Anki packages, built in the test with sqlite-jdbc, become packs. */
class AnkiImporterTest {
  @TempDir Path dir;

  private ImportResult importOf(ApkgFixture f) throws Exception {
    return AnkiImporter.read(f.write(dir, "deck.apkg", "collection.anki2"), "deck", null);
  }

  private static Exercise byId(Pack p, String id) {
    return p.exercises().stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aBasicNoteBecomesAFlashcardWithHtmlTurnedToText() throws Exception {
    ImportResult r = importOf(new ApkgFixture()
        .note(1, ApkgFixture.BASIC, " verbs irregular ", 10, "<b>to eat</b>&nbsp;(verb)", "comer<br>yo como"));
    Exercise e = byId(r.pack(), "n1-1");
    assertEquals("to eat (verb)", e.prompt());
    assertEquals(new Exercise.Flashcard("comer\nyo como"), e.body());
    assertEquals(List.of("verbs", "irregular"), e.tags());
  }

  @Test
  void aReversedNoteGivesACardEachWay() throws Exception {
    Pack p = importOf(new ApkgFixture().note(2, ApkgFixture.REVERSED, "", 10, "perro", "dog")).pack();
    assertEquals("perro", byId(p, "n2-1").prompt());
    assertEquals("dog", byId(p, "n2-2").prompt());
    assertEquals(new Exercise.Flashcard("perro"), byId(p, "n2-2").body());
  }

  @Test
  void eachClozeNumberBecomesAClozeExerciseWithTheOtherDeletionsShown() throws Exception {
    Pack p = importOf(new ApkgFixture().note(3, ApkgFixture.CLOZE, "", 10,
        "{{c1::Madrid}} is the capital of {{c2::Spain::a country}}.", "Since 1561.")).pack();
    Exercise c1 = byId(p, "n3-1");
    Exercise.Cloze body = (Exercise.Cloze) c1.body();
    assertEquals("{{Madrid}} is the capital of Spain.", body.text());
    assertEquals("Since 1561.", c1.explanation());
    Exercise c2 = byId(p, "n3-2");
    assertEquals("Madrid is the capital of {{Spain}}.", ((Exercise.Cloze) c2.body()).text());
    assertEquals(List.of("a country"), c2.hints());
  }

  @Test
  void eachDeckAndSubDeckBecomesASkill() throws Exception {
    Pack p = importOf(new ApkgFixture()
        .note(1, ApkgFixture.BASIC, "", 10, "hola", "hello")
        .note(2, ApkgFixture.BASIC, "", 11, "comer", "to eat")).pack();
    assertEquals(List.of("spanish", "spanish-verbs"), p.skills().stream().map(Skill::id).toList());
    assertEquals("Spanish / Verbs", p.skills().get(1).title());
    assertEquals(List.of("spanish-verbs"), byId(p, "n2-1").skills());
    assertEquals("Spanish", p.title(), "the one top-level deck names the pack");
  }

  @Test
  void mediaIsLeftOutWithAWarning() throws Exception {
    ImportResult r = importOf(new ApkgFixture()
        .note(1, ApkgFixture.BASIC, "", 10, "perro <img src=\"dog.jpg\">", "dog [sound:dog.mp3]")
        .note(2, ApkgFixture.BASIC, "", 10, "[sound:gato.mp3]", "cat")
        .entry("0", "binary image bytes"));
    assertEquals("perro", byId(r.pack(), "n1-1").prompt());
    assertEquals(new Exercise.Flashcard("dog"), byId(r.pack(), "n1-1").body());
    String warnings = r.warnings().toString();
    assertTrue(warnings.contains("note 2 card 1: skipped: the front has only an image or sound"), warnings);
    assertTrue(warnings.contains("1 media file (image or sound) was not imported"), warnings);
    assertTrue(warnings.contains("2 notes refer to images or sound"), warnings);
  }

  @Test
  void theNewerZstdFormatIsRefusedWithWhatToDoInstead() throws Exception {
    Path apkg = new ApkgFixture().note(1, ApkgFixture.BASIC, "", 10, "Please update to the latest Anki version, then import the .colpkg/.apkg file again.", "")
        .entry("collection.anki21b", "(zstd bytes)").write(dir, "new.apkg", "collection.anki2");
    ImportException e = assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
    assertTrue(e.getMessage().contains("collection.anki21b") && e.getMessage().contains("Support older Anki versions"),
        e.getMessage());
  }

  @Test
  void aZipWithoutACollectionIsRefused() throws Exception {
    Path apkg = dir.resolve("empty.apkg");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(apkg))) {
      z.putNextEntry(new ZipEntry("readme.txt"));
      z.write("hi".getBytes());
      z.closeEntry();
    }
    ImportException e = assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
    assertTrue(e.getMessage().contains("no Anki collection"), e.getMessage());
  }

  @Test
  void aFileThatIsNotAZipIsRefused() throws Exception {
    Path apkg = dir.resolve("fake.apkg");
    Files.writeString(apkg, "definitely not a zip");
    ImportException e = assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
    assertTrue(e.getMessage().contains("not a zip archive"), e.getMessage());
  }

  @Test
  void aCollectionThatIsNotSqliteIsRefused() throws Exception {
    Path apkg = dir.resolve("bad.apkg");
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(apkg))) {
      z.putNextEntry(new ZipEntry("collection.anki2"));
      z.write("not a database".getBytes());
      z.closeEntry();
    }
    ImportException e = assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
    assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
  }

  @Test
  void entriesWithHostileNamesAreNeverWritten() throws Exception {
    Path apkg = new ApkgFixture().note(1, ApkgFixture.BASIC, "", 10, "a", "b")
        .entry("../../escaped.txt", "gotcha").write(dir, "evil.apkg", "collection.anki2");
    assertEquals(1, AnkiImporter.read(apkg, "x", null).pack().exercises().size());
    assertFalse(Files.exists(dir.getParent().resolve("escaped.txt")));
    assertFalse(Files.exists(dir.resolve("../escaped.txt").normalize()));
  }
}
