package tutor.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tutor.pack.Exercise;
import tutor.packfile.PackReader;
import tutor.packfile.PackWriter;

/**
 * Real decks, CSV and Markdown files written by other projects (/work/shared/decks, never copied
 * into this repository): each imports into a valid pack, or is refused with a clear message.
 * Skipped when the folder is absent.
 */
class SharedDecksTest {
  private static final Path DECKS =
      Path.of(System.getProperty("tutor.decks", "/work/shared/decks"));

  @TempDir Path dir;

  private ImportResult importOf(String relative) throws Exception {
    Path file = DECKS.resolve(relative);
    assumeTrue(Files.isRegularFile(file), "shared decks not available: " + file);
    ImportResult r = Importers.read(file, "shared", null);
    Path out = Files.createTempDirectory(dir, "pack");
    for (Map.Entry<String, String> f : PackWriter.files(r.pack()).entrySet()) {
      Path p = out.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, f.getValue());
    }
    for (Map.Entry<String, byte[]> f : r.media().entrySet()) {
      Path p = out.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
    assertEquals(r.pack().exercises().size(), PackReader.read(out).exercises().size());
    return r;
  }

  @Test
  void aLegacyDeckWithClozesNestedDecksAndManyNoteTypesImports() throws Exception {
    ImportResult r = importOf("ankidroid-templates/templates.apkg");
    assertTrue(r.pack().skills().size() > 3, r.pack().skills().toString());
    assertTrue(r.pack().exercises().stream().anyMatch(e -> e.body() instanceof Exercise.Cloze));
    assertTrue(r.losses().get(Loss.NOT_GENERATED) >= 1, r.losses().toString());
    assertTrue(
        r.losses().get(Loss.MEDIA_MISSING) > 0, "the deck refers to images it does not hold");
    assertTrue(
        r.losses().get(Loss.TABLES) > 0 && r.losses().get(Loss.HEADINGS) > 0,
        r.losses().toString());
    assertTrue(r.history() != null && r.history().rows() > 0, "the deck has a review log");
    assertTrue(
        r.pack().exercises().stream()
            .noneMatch(e -> e.prompt().matches("(?s).*[a-z][A-Z][a-z].*\\bFlexion.*")),
        "no words run together across block elements");
  }

  @Test
  void aBasicAndReversedVocabularyDeckImportsBothDirections() throws Exception {
    ImportResult r = importOf("anki-pwa-ap-gov-vocab/ap_gov_vocab_anki11.apkg");
    assertTrue(r.pack().exercises().size() > 400, "" + r.pack().exercises().size());
    assertEquals("Gov Vocab", r.pack().title());
  }

  @Test
  void aDeckWithAnImageKeepsItInThePack() throws Exception {
    ImportResult r = importOf("anki-apkg-export-output/output.apkg");
    assertEquals(java.util.Set.of("media/anki.png"), r.media().keySet());
    assertTrue(
        r.pack().exercises().stream()
            .anyMatch(e -> e.media().equals(java.util.List.of("media/anki.png"))));
    assertTrue(r.losses().isEmpty(), r.losses().toString());
  }

  @Test
  void aDeckWhoseOnlyCardIsASoundIsRefusedSayingWhy() {
    Path file = DECKS.resolve("anki-media/media.apkg");
    assumeTrue(Files.isRegularFile(file), "shared decks not available");
    ImportException e = assertThrows(ImportException.class, () -> Importers.read(file, "x", null));
    assertTrue(
        e.getMessage().contains("no cards to import")
            && e.getMessage().contains("the back is empty"),
        e.getMessage());
  }

  @Test
  void aNewerZstdPackageImportsItsRealCollectionNotThePlaceholder() throws Exception {
    ImportResult r = importOf("anki-pwa-music-intervals/example_music_intervals.apkg");
    assertEquals("Music Intervals", r.pack().title());
    assertEquals(4, r.pack().skills().size(), r.pack().skills().toString());
    assertTrue(
        r.pack().skills().stream().allMatch(s -> s.title().startsWith("Music Intervals / ")));
    assertTrue(r.pack().exercises().size() > 300, "" + r.pack().exercises().size());
    assertTrue(r.pack().exercises().stream().allMatch(e -> e.body() instanceof Exercise.Flashcard));
    assertTrue(
        r.pack().exercises().stream()
            .noneMatch(e -> e.prompt().contains("<") || e.prompt().contains("Please update")));
  }

  @Test
  void aMessyTsvImportsItsGoodRowsAndReportsTheRest() throws Exception {
    ImportResult r = importOf("anki-text-2fields/text-2fields.txt");
    assertEquals(4, r.pack().exercises().size());
    assertEquals(5, r.warnings().size(), r.warnings().toString());
  }

  @Test
  void aSemicolonCsvWithAFieldSpanningTwoLinesImports() throws Exception {
    ImportResult r = importOf("ankidroid-csv-multiline/text-anki-manual-csv-multi-line.txt");
    assertEquals(
        new Exercise.Flashcard("this is\na two line answer"), r.pack().exercises().get(0).body());
  }

  @Test
  void mdankiMarkdownImportsWithItsImageAndWithoutMarkdownInTextFields() throws Exception {
    assertEquals(4, importOf("mdanki-samples/samples/simple.md").pack().exercises().size());
    ImportResult complex = importOf("mdanki-samples/samples/complex.md");
    assertEquals(3, complex.pack().exercises().size());
    assertEquals(java.util.Set.of("media/nodejs.png"), complex.media().keySet());
    assertTrue(
        complex.pack().exercises().stream().noneMatch(e -> e.body().toString().contains("**")));
  }

  @Test
  void everyDeckNamesWhatItLost() throws Exception {
    ImportResult music = importOf("anki-pwa-music-intervals/example_music_intervals.apkg");
    assertEquals(java.util.List.of(Loss.HEADINGS), music.lossKinds());
    ImportResult tsv = importOf("anki-text-2fields/text-2fields.txt");
    assertEquals(
        java.util.List.of(Loss.EMPTY_SIDE, Loss.ROW_MALFORMED, Loss.ROW_DUPLICATE),
        tsv.lossKinds());
    int counted = tsv.losses().values().stream().mapToInt(Integer::intValue).sum();
    assertEquals(tsv.warnings().size(), counted, "every skipped row is counted");
  }
}
