package tutor.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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
    ImportResult r =
        importOf(
            new ApkgFixture()
                .note(
                    1,
                    ApkgFixture.BASIC,
                    " verbs irregular ",
                    10,
                    "<b>to eat</b>&nbsp;(verb)",
                    "comer<br>yo como"));
    Exercise e = byId(r.pack(), "n1-1");
    assertEquals("to eat (verb)", e.prompt());
    assertEquals(new Exercise.Flashcard("comer\nyo como"), e.body());
    assertEquals(List.of("verbs", "irregular"), e.tags());
  }

  @Test
  void aReversedNoteGivesACardEachWay() throws Exception {
    Pack p =
        importOf(new ApkgFixture().note(2, ApkgFixture.REVERSED, "", 10, "perro", "dog")).pack();
    assertEquals("perro", byId(p, "n2-1").prompt());
    assertEquals("dog", byId(p, "n2-2").prompt());
    assertEquals(new Exercise.Flashcard("perro"), byId(p, "n2-2").body());
  }

  @Test
  void eachClozeNumberBecomesAClozeExerciseWithTheOtherDeletionsShown() throws Exception {
    Pack p =
        importOf(
                new ApkgFixture()
                    .note(
                        3,
                        ApkgFixture.CLOZE,
                        "",
                        10,
                        "{{c1::Madrid}} is the capital of {{c2::Spain::a country}}.",
                        "Since 1561."))
            .pack();
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
    Pack p =
        importOf(
                new ApkgFixture()
                    .note(1, ApkgFixture.BASIC, "", 10, "hola", "hello")
                    .note(2, ApkgFixture.BASIC, "", 11, "comer", "to eat"))
            .pack();
    assertEquals(List.of("spanish", "spanish-verbs"), p.skills().stream().map(Skill::id).toList());
    assertEquals("Spanish / Verbs", p.skills().get(1).title());
    assertEquals(List.of("spanish-verbs"), byId(p, "n2-1").skills());
    assertEquals("Spanish", p.title(), "the one top-level deck names the pack");
  }

  @Test
  void mediaIsCopiedIntoThePackAndShownWithThePromptOrAfterTheBack() throws Exception {
    ImportResult r =
        importOf(
            new ApkgFixture()
                .note(
                    1,
                    ApkgFixture.BASIC,
                    "",
                    10,
                    "perro <img src=\"dog 1.jpg\">",
                    "dog [sound:dog.mp3]")
                .note(2, ApkgFixture.BASIC, "", 10, "[sound:gato.mp3]", "cat")
                .media("dog 1.jpg", new byte[] {1, 2, 3})
                .media("gato.mp3", new byte[] {4, 5}));
    Exercise dog = byId(r.pack(), "n1-1");
    assertEquals("perro", dog.prompt());
    String jpg = "media/" + AnkiMedia.safeName("dog 1.jpg");
    assertTrue(jpg.startsWith("media/dog-1-") && jpg.endsWith(".jpg"), jpg);
    assertEquals(List.of(jpg), dog.media());
    assertEquals(new Exercise.Flashcard("dog"), dog.body(), "dog.mp3 is not in the deck: left out");
    Exercise cat = byId(r.pack(), "n2-1");
    assertEquals(List.of("media/gato.mp3"), cat.media());
    assertEquals(List.of(jpg, "media/gato.mp3"), r.media().keySet().stream().sorted().toList());
    assertArrayEquals(new byte[] {4, 5}, r.media().get("media/gato.mp3"));
    assertEquals(1, r.losses().get(Loss.MEDIA_MISSING));
    assertEquals(List.of("dog.mp3"), r.lossExamples().get(Loss.MEDIA_MISSING));
  }

  @Test
  void mediaOnlyOnTheBackIsNamedAfterTheBack() throws Exception {
    ImportResult r =
        importOf(
            new ApkgFixture()
                .note(1, ApkgFixture.BASIC, "", 10, "perro", "dog [sound:perro.mp3]")
                .media("perro.mp3", new byte[] {9}));
    Exercise e = byId(r.pack(), "n1-1");
    assertEquals(List.of(), e.media(), "a sound named after the answer is not played before it");
    assertEquals(new Exercise.Flashcard("dog\n[audio: media/perro.mp3]"), e.body());
  }

  @Test
  void blockElementsAndLineBreaksSeparateWords() throws Exception {
    Pack p =
        importOf(
                new ApkgFixture()
                    .note(
                        1,
                        ApkgFixture.BASIC,
                        "",
                        10,
                        "shoulder<div>Flexion</div>",
                        "<p>one</p><p>two</p>three<br>four")
                    .note(
                        2,
                        ApkgFixture.CLOZE,
                        "",
                        10,
                        "A {{c1::deletion}}<div>that is shown</div>",
                        "")
                    .note(3, ApkgFixture.CLOZE, "", 10, "Say {{c1::two<div>words</div>}} now.", ""))
            .pack();
    assertEquals("shoulder\nFlexion", byId(p, "n1-1").prompt());
    assertEquals(new Exercise.Flashcard("one\n\ntwo\nthree\nfour"), byId(p, "n1-1").body());
    assertEquals("A {{deletion}}\nthat is shown", ((Exercise.Cloze) byId(p, "n2-1").body()).text());
    assertEquals("Say {{two words}} now.", ((Exercise.Cloze) byId(p, "n3-1").body()).text());
  }

  @Test
  void typeInTheAnswerCardsBecomeTypedAnswers() throws Exception {
    ImportResult r =
        importOf(
            new ApkgFixture()
                .model(
                    2001,
                    "Basic (type in the answer)",
                    List.of("Front", "Back"),
                    "{{Front}}\n\n{{type:Back}}",
                    "{{Front}}<hr id=answer>{{type:Back}}")
                .note(1, 2001, "", 10, "the capital of <b>Spain</b>", "Madrid&nbsp;"));
    Exercise e = byId(r.pack(), "n1-1");
    assertEquals("the capital of Spain", e.prompt());
    assertEquals(
        new Exercise.Text(List.of("Madrid"), null, tutor.pack.Normalization.DEFAULT), e.body());
  }

  @Test
  void cardsAnkiWouldNotGenerateAreSkippedAndCounted() throws Exception {
    ImportResult r =
        importOf(
            new ApkgFixture()
                .model(
                    2002,
                    "Picture and word",
                    List.of("Word", "Picture"),
                    "{{Word}}",
                    "{{Picture}}",
                    "{{#Picture}}{{Picture}}{{/Picture}}",
                    "{{Word}}")
                .note(1, 2002, "", 10, "perro", "")
                .note(2, 2002, "", 10, "gato", "<img src=\"cat.png\">")
                .media("cat.png", new byte[] {1})
                .note(3, ApkgFixture.CLOZE, "", 10, "{{c1::Madrid}}", ""));
    List<String> ids = r.pack().exercises().stream().map(Exercise::id).sorted().toList();
    assertEquals(List.of("n2-1", "n2-2", "n3-1"), ids, "perro has no back and no picture");
    assertEquals(1, r.losses().get(Loss.NOT_GENERATED), r.losses().toString());
    assertEquals(List.of("note 1 card 2"), r.lossExamples().get(Loss.NOT_GENERATED));
    assertEquals(1, r.losses().get(Loss.EMPTY_SIDE), "perro's first card has an empty back");
    assertEquals(List.of("media/cat.png"), byId(r.pack(), "n2-2").media());
    assertEquals("Recall the answer to this image or sound.", byId(r.pack(), "n2-2").prompt());
  }

  @Test
  void everyKindOfLossIsCountedAndNamed() throws Exception {
    ImportResult r =
        importOf(
            new ApkgFixture()
                .note(1, ApkgFixture.BASIC, "", 10, "Solve \\(x^2 = 4\\)", "x = 2")
                .note(
                    2,
                    ApkgFixture.BASIC,
                    "",
                    10,
                    "<h1>Verbs</h1>comer",
                    "<table><tr><td>yo</td><td>como</td></tr></table>")
                .note(
                    3,
                    ApkgFixture.BASIC,
                    "",
                    10,
                    "<ruby>漢字<rt>かんじ</rt></ruby>",
                    "<a href=\"https://x\">kanji</a>")
                .note(4, ApkgFixture.BASIC, "", 10, "<b>bold</b>", "[$]e^x[/$]"));
    assertEquals("Verbs\ncomer", byId(r.pack(), "n2-1").prompt());
    assertEquals(new Exercise.Flashcard("yo | como"), byId(r.pack(), "n2-1").body());
    assertEquals("漢字(かんじ)", byId(r.pack(), "n3-1").prompt());
    assertEquals(2, r.losses().get(Loss.MATH));
    assertEquals(List.of("n1-1", "n4-1"), r.lossExamples().get(Loss.MATH));
    assertEquals(1, r.losses().get(Loss.HEADINGS));
    assertEquals(1, r.losses().get(Loss.TABLES));
    assertEquals(1, r.losses().get(Loss.FURIGANA));
    assertEquals(1, r.losses().get(Loss.LINKS));
    assertEquals(1, r.losses().get(Loss.FORMATTING));
    assertTrue(
        Loss.MATH.line(2).startsWith("2 cards: LaTeX/MathJax kept as raw text"), Loss.MATH.line(2));
  }

  @Test
  void theFuriganaFilterWritesReadingsInBrackets() throws Exception {
    ImportResult r =
        importOf(
            new ApkgFixture()
                .model(
                    2003,
                    "Japanese",
                    List.of("Expression", "Meaning"),
                    "{{furigana:Expression}}",
                    "{{kana:Expression}} {{Meaning}}")
                .note(1, 2003, "", 10, "日本語[にほんご]を 話[はな]す", "to speak Japanese"));
    Exercise e = byId(r.pack(), "n1-1");
    assertEquals("日本語(にほんご)を話(はな)す", e.prompt());
    assertEquals(new Exercise.Flashcard("にほんごをはなす to speak Japanese"), e.body());
    assertEquals(1, r.losses().get(Loss.FURIGANA));
  }

  @Test
  void theScheduleAndReviewLogAreReadByExerciseWithAnkisDueDates() throws Exception {
    long day = 86_400L;
    long crt = 1_600_000_000L;
    ImportResult r =
        importOf(
            new ApkgFixture()
                .created(crt)
                .note(1, ApkgFixture.BASIC, "", 10, "uno", "one")
                .note(2, ApkgFixture.BASIC, "", 10, "dos", "two")
                .note(3, ApkgFixture.BASIC, "", 10, "tres", "three")
                .schedule(1, 0, 2, 2, 40, 12, 2500, 3, 0)
                .review(1, 0, (crt + 20 * day + 3600) * 1000, 3, -600, 0, 5000, 0)
                .review(1, 0, (crt + 21 * day + 3600) * 1000, 3, 4, 2500, 4000, 1)
                .review(1, 0, (crt + 28 * day + 3600) * 1000, 3, 12, 2500, 3000, 1)
                .schedule(2, 0, 1, 1, crt + 30 * day + 600, 0, 0, 1, 0)
                .review(2, 0, (crt + 30 * day) * 1000, 1, -600, 0, 8000, 0));
    AnkiHistory h = r.history();
    assertEquals(crt % day, h.dayStartSecond());
    assertEquals(4, h.rows());
    AnkiHistory.Card uno =
        h.cards().stream().filter(c -> c.exerciseId().equals("n1-1")).findFirst().orElseThrow();
    assertEquals(AnkiHistory.State.REVIEW, uno.state());
    assertEquals(
        java.time.Instant.ofEpochSecond(crt + 40 * day), uno.due(), "day 40 of the collection");
    assertEquals(3, uno.log().size());
    assertEquals(tutor.optimize.ReviewKind.LEARN, uno.log().get(0).kind());
    AnkiHistory.Card dos =
        h.cards().stream().filter(c -> c.exerciseId().equals("n2-1")).findFirst().orElseThrow();
    assertEquals(
        java.time.Instant.ofEpochSecond(crt + 30 * day + 600),
        dos.due(),
        "learning: an exact time");
    AnkiHistory.Card tres =
        h.cards().stream().filter(c -> c.exerciseId().equals("n3-1")).findFirst().orElseThrow();
    assertEquals(AnkiHistory.State.NEW, tres.state());
    assertEquals(null, tres.due());
  }

  @Test
  void theOldSchedulersLearningButtonsAreMovedUpAsAnkiDoes() throws Exception {
    ImportResult r =
        importOf(
            new ApkgFixture()
                .schedulerVersion(1)
                .note(1, ApkgFixture.BASIC, "", 10, "uno", "one")
                .schedule(1, 0, 2, 2, 5, 3, 2500, 2, 0)
                .review(1, 0, 1_600_000_100_000L, 2, -600, 0, 1000, 0)
                .review(1, 0, 1_600_200_000_000L, 2, 3, 2500, 1000, 1));
    List<tutor.optimize.RevlogEntry> log = r.history().cards().get(0).log();
    assertEquals(3, log.get(0).rating(), "v1 learning 'Good' (2) is v2's 3");
    assertEquals(2, log.get(1).rating(), "a review's buttons were already four");
  }

  @Test
  void aDeckWithoutHistoryHasNone() throws Exception {
    assertEquals(
        null,
        importOf(new ApkgFixture().note(1, ApkgFixture.BASIC, "", 10, "uno", "one")).history());
  }

  @Test
  void theNewerFormatGivesTheSamePackAsTheLegacyOne() throws Exception {
    ApkgFixture f =
        new ApkgFixture()
            .note(1, ApkgFixture.BASIC, "verbs", 10, "<b>to eat</b>", "comer")
            .note(2, ApkgFixture.REVERSED, "", 11, "perro", "dog")
            .note(
                3,
                ApkgFixture.CLOZE,
                "",
                11,
                "{{c1::Madrid}} is the capital of {{c2::Spain::a country}}.",
                "Since 1561.")
            .note(4, ApkgFixture.BASIC, "", 10, "[sound:gato.mp3]", "cat")
            .note(5, ApkgFixture.BASIC, "", 10, "[sound:missing.mp3] perro", "dog")
            .media("gato.mp3", new byte[] {7, 7, 7});
    ImportResult legacy =
        AnkiImporter.read(f.write(dir, "deck.apkg", "collection.anki2"), "deck", null);
    Path newDir = Files.createDirectories(dir.resolve("new"));
    ImportResult newer = AnkiImporter.read(f.writeAnki21b(newDir, "deck.apkg"), "deck", null);
    assertEquals(legacy.pack(), newer.pack());
    assertEquals(
        legacy.warnings().stream().map(ImportWarning::message).toList(),
        newer.warnings().stream().map(ImportWarning::message).toList());
    Pack p = newer.pack();
    assertEquals(
        List.of("n1-1", "n2-1", "n2-2", "n3-1", "n3-2", "n4-1", "n5-1"),
        p.exercises().stream().map(Exercise::id).sorted().toList());
    assertEquals("to eat", byId(p, "n1-1").prompt());
    assertEquals(new Exercise.Flashcard("perro"), byId(p, "n2-2").body());
    assertEquals(
        "{{Madrid}} is the capital of Spain.", ((Exercise.Cloze) byId(p, "n3-1").body()).text());
    assertEquals(List.of("a country"), byId(p, "n3-2").hints());
    assertEquals(
        List.of("Spanish", "Spanish / Verbs"), p.skills().stream().map(Skill::title).toList());
    assertEquals("Spanish", p.title());
    assertEquals(legacy.media().keySet(), newer.media().keySet());
    assertArrayEquals(
        new byte[] {7, 7, 7},
        newer.media().get("media/gato.mp3"),
        "the newer format's files are zstd");
    assertEquals(legacy.losses(), newer.losses());
    assertEquals(1, newer.losses().get(Loss.MEDIA_MISSING));
  }

  @Test
  void aPackageWithOnlyAnkisPlaceholderCollectionIsRefusedSayingSo() throws Exception {
    Path apkg =
        new ApkgFixture()
            .note(
                1,
                ApkgFixture.BASIC,
                "",
                10,
                "Please update to the latest Anki version, then"
                    + " import the .colpkg/.apkg file again.",
                "")
            .write(dir, "new.apkg", "collection.anki2");
    ImportException e =
        assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
    assertTrue(
        e.getMessage().contains("placeholder") && e.getMessage().contains("collection.anki21b"),
        e.getMessage());
  }

  private Path zip(String name, Map<String, byte[]> entries) throws Exception {
    Path apkg = dir.resolve(name);
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(apkg))) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    }
    return apkg;
  }

  /**
   * A zstd frame of {@code blocks} RLE blocks (one byte, repeated 128 KB): 4 bytes a block in, 128
   * KB out. {@code windowDescriptor} is the window's exponent (log2 - 10) shifted left by 3.
   */
  private static byte[] zstdBomb(int blocks, int windowDescriptor) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(
        new byte[] {0x28, (byte) 0xB5, 0x2F, (byte) 0xFD, 0x00, (byte) windowDescriptor});
    for (int i = 0; i < blocks; i++) {
      int header = (i == blocks - 1 ? 1 : 0) | 1 << 1 | 128 * 1024 << 3; // last?, RLE, size
      out.write(header);
      out.write(header >> 8);
      out.write(header >> 16);
      out.write('x');
    }
    return out.toByteArray();
  }

  private static String refusal(Path apkg, long maxBytes) {
    return assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null, maxBytes))
        .getMessage();
  }

  @Test
  void aZstdBombIsRefusedAtTheLimit() throws Exception {
    byte[] bomb = zstdBomb(8 * 1024, 7 << 3); // 32 KB that would unpack to 1 GB
    String m = refusal(zip("bomb.apkg", Map.of("collection.anki21b", bomb)), 1024 * 1024);
    assertEquals(
        dir.resolve("bomb.apkg")
            + ": collection.anki21b unpacks to more than 1 MB; refusing the archive",
        m);
  }

  @Test
  void aZstdFrameAskingForAHugeWindowIsRefusedBeforeDecompressing() throws Exception {
    String m =
        refusal(
            zip("window.apkg", Map.of("collection.anki21b", zstdBomb(4, 20 << 3))),
            AnkiImporter.MAX_COLLECTION_BYTES);
    assertTrue(
        m.contains(
            "collection.anki21b uses a zstd window larger than the 8 MB tutor allows (1024 MB)"),
        m);
  }

  @Test
  void aTruncatedOrBogusZstdCollectionIsRefused() throws Exception {
    byte[] good = ApkgFixture.zstd(new byte[100_000]);
    byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
    String m =
        refusal(
            zip("cut.apkg", Map.of("collection.anki21b", cut)), AnkiImporter.MAX_COLLECTION_BYTES);
    assertTrue(m.endsWith("collection.anki21b is not valid zstd data (cut short)"), m);
    m =
        refusal(
            zip("bogus.apkg", Map.of("collection.anki21b", "(zstd bytes)".getBytes())),
            AnkiImporter.MAX_COLLECTION_BYTES);
    assertTrue(m.endsWith("collection.anki21b is not zstd data"), m);
    m =
        refusal(
            zip(
                "notdb.apkg",
                Map.of("collection.anki21b", ApkgFixture.zstd("not a database".getBytes()))),
            AnkiImporter.MAX_COLLECTION_BYTES);
    assertTrue(m.endsWith("collection.anki21b is not an SQLite database"), m);
  }

  @Test
  void aNewerCollectionWithATableMissingOrABadConfigIsRefused() throws Exception {
    ApkgFixture f = new ApkgFixture().note(1, ApkgFixture.BASIC, "", 10, "a", "b");
    ImportException e =
        assertThrows(
            ImportException.class,
            () ->
                AnkiImporter.read(
                    f.writeAnki21b(dir, "missing.apkg", "drop table templates"), "x", null));
    assertTrue(
        e.getMessage().contains("not a readable Anki collection")
            && e.getMessage().contains("templates"),
        e.getMessage());
    e =
        assertThrows(
            ImportException.class,
            () ->
                AnkiImporter.read(
                    f.writeAnki21b(
                        dir, "badconfig.apkg", "update templates set config = x'0a7f41'"),
                    "x",
                    null));
    assertTrue(
        e.getMessage().contains("note types or decks cannot be read (protobuf message cut short)"),
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
    ImportException e =
        assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
    assertTrue(e.getMessage().contains("no Anki collection"), e.getMessage());
  }

  @Test
  void aFileThatIsNotAZipIsRefused() throws Exception {
    Path apkg = dir.resolve("fake.apkg");
    Files.writeString(apkg, "definitely not a zip");
    ImportException e =
        assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
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
    ImportException e =
        assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
    assertTrue(e.getMessage().contains("not an SQLite database"), e.getMessage());
  }

  @Test
  void entriesWithHostileNamesAreNeverWritten() throws Exception {
    Path apkg =
        new ApkgFixture()
            .note(1, ApkgFixture.BASIC, "", 10, "a", "b")
            .entry("../../escaped.txt", "gotcha")
            .write(dir, "evil.apkg", "collection.anki2");
    // refused whole, as a pack archive is: an archive written to reach outside is not trusted
    ImportException e =
        assertThrows(ImportException.class, () -> AnkiImporter.read(apkg, "x", null));
    assertTrue(
        e.getMessage().contains("entry '../../escaped.txt' would be written outside"),
        e.getMessage());
    assertFalse(Files.exists(dir.getParent().resolve("escaped.txt")));
    assertFalse(Files.exists(dir.resolve("../escaped.txt").normalize()));
  }

  private static List<String> listing(Path d) throws Exception {
    try (var s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void importingLeavesNoTemporaryFileAfterSuccessOrFailure() throws Exception {
    Path temp = Files.createDirectories(dir.resolve("tmp"));
    ApkgFixture f = new ApkgFixture().note(1, ApkgFixture.BASIC, "", 10, "perro", "dog");
    Path newer = f.writeAnki21b(Files.createDirectories(dir.resolve("newer")), "deck.apkg");
    Path legacy =
        f.write(Files.createDirectories(dir.resolve("legacy")), "deck.apkg", "collection.anki2");
    Path broken =
        f.writeAnki21b(
            Files.createDirectories(dir.resolve("broken")), "deck.apkg", "drop table templates");
    Path notDb =
        zip(
            "notdb.apkg",
            Map.of("collection.anki21b", ApkgFixture.zstd("not a database".getBytes())));
    assertEquals(
        1,
        AnkiImporter.read(newer, "x", null, AnkiImporter.MAX_COLLECTION_BYTES, temp)
            .pack()
            .exercises()
            .size());
    assertEquals(List.of(), listing(temp), "after importing a deck in the newer (WAL) format");
    assertEquals(
        1,
        AnkiImporter.read(legacy, "x", null, AnkiImporter.MAX_COLLECTION_BYTES, temp)
            .pack()
            .exercises()
            .size());
    assertEquals(List.of(), listing(temp), "after importing a legacy deck");
    for (Path bad : List.of(broken, notDb)) {
      assertThrows(
          ImportException.class,
          () -> AnkiImporter.read(bad, "x", null, AnkiImporter.MAX_COLLECTION_BYTES, temp));
      assertEquals(List.of(), listing(temp), "after a failed import of " + bad);
    }
  }

  @Test
  void aRealDeckInTheNewerFormatLeavesNoTemporaryFile() throws Exception {
    Path deck =
        Path.of(
            System.getProperty("tutor.decks", "/work/shared/decks"),
            "anki-pwa-music-intervals",
            "example_music_intervals.apkg");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        Files.isRegularFile(deck), "shared decks not available: " + deck);
    Path temp = Files.createDirectories(dir.resolve("tmp"));
    AnkiImporter.read(deck, "x", null, AnkiImporter.MAX_COLLECTION_BYTES, temp);
    assertEquals(List.of(), listing(temp));
  }
}
